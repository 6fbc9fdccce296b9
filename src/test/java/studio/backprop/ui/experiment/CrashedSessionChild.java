package studio.backprop.ui.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javafx.application.Platform;
import studio.backprop.engine.Experiment;
import studio.backprop.io.RecoveryStore;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.testing.MemoryPreferences;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.model.StudioModel;

/**
 * The app's session in a JVM of its own (JavaFX headless): it moves a point, keeps its copy as the app does,
 * says so, and waits to be killed, as a crash or a pulled plug would end it.
 */
public final class CrashedSessionChild {
    private CrashedSessionChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.runLater(() -> {
            try {
                StudioModel model = new StudioModel(Experiment.chapter());
                ExperimentSession session = new ExperimentSession(new ExperimentEditor(), model,
                        new Settings(new MemoryPreferences()));
                RecoveryCopies recovery = new RecoveryCopies(session, new RecoveryStore(folder));
                session.editor().movePoint(2, 0.4, 0.6);
                recovery.writeIfUnsaved();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(1);
            }
        });
        while (copies(folder) == 0) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // the copy is renamed into place whole; its line of what it is comes first
        System.out.println("written");
        System.out.flush();
        Thread.sleep(60_000);
    }

    private static long copies(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".bpstudio")).count();
        }
    }
}
