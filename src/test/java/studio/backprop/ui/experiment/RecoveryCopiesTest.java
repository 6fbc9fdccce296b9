package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.io.ExperimentFile;
import studio.backprop.io.RecoveryStore;
import studio.backprop.model.SavedExperiment;

/** Unsaved work copied where a crash cannot take it, removed when saved, and offered back after a crash. */
@ExtendWith(ApplicationExtension.class)
class RecoveryCopiesTest {
    @TempDir
    Path dir;
    private Harness h;
    private RecoveryCopies recovery;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new Pane(), 400, 300);
    }

    @AfterEach
    void close() throws InterruptedException {
        if (recovery != null) {
            recovery.close();
        }
        h.close();
    }

    private List<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".bpstudio")).toList();
        }
    }

    private void unsavedWork(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                recovery = new RecoveryCopies(h.session, new RecoveryStore(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            h.editor.movePoint(2, 0.4, 0.6);
            recovery.writeIfUnsaved();
        });
        Harness.await("the copy written", () -> {
            try {
                return copies().size() == 1;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void unsavedWorkIsCopiedAsSaveWouldWriteIt(FxRobot robot) throws Exception {
        unsavedWork(robot);
        assertEquals(0.4, ExperimentFile.read(copies().get(0)).data().x(2));
        assertEquals(List.of(), new RecoveryStore(dir).leftBehind(), "a live session's copy is not offered");
    }

    @Test
    void savingTheWorkRemovesItsCopy(FxRobot robot) throws Exception {
        unsavedWork(robot);
        robot.interact(() -> h.session.saveAs(dir.resolve("saved.json")));
        Harness.await("the copy gone", () -> {
            try {
                return copies().isEmpty();
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void aCleanCloseLeavesNothingBehind(FxRobot robot) throws Exception {
        unsavedWork(robot);
        robot.interact(recovery::close);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    /** A copy as a crashed session leaves it: its files, and no lock held. */
    private SavedExperiment leftByACrash() throws Exception {
        SavedExperiment work = SavedExperiment.of(studio.backprop.engine.Presets.get("sine"));
        ExperimentFile.write(work, dir.resolve("crashed.bpstudio"));
        Files.writeString(dir.resolve("crashed.about"), "A sine wave, iteration 0, 16 points\n");
        return work;
    }

    @Test
    void aCopyACrashLeftIsOfferedAndRestoredAsUnsavedWorkThenForgotten(FxRobot robot) throws Exception {
        SavedExperiment work = leftByACrash();
        List<String> offered = new java.util.ArrayList<>();
        robot.interact(() -> {
            try {
                recovery = new RecoveryCopies(h.session, new RecoveryStore(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            recovery.offerLeftBehind(left -> {
                offered.add(left.about());
                return RecoveryCopies.Choice.RESTORE;
            });
        });
        assertEquals(List.of("A sine wave, iteration 0, 16 points"), offered);
        assertEquals(work.data(), h.editor.state().data());
        assertEquals(work.network(), h.editor.state().network());
        assertTrue(h.editor.hasUnsavedChanges(), "restored work is unsaved until saved");
        assertNull(h.editor.fileProperty().get(), "Save asks where");
        assertFalse(Files.exists(dir.resolve("crashed.bpstudio")), "the crashed session's copy is taken over");
    }

    @Test
    void aCopyPutOffStaysForTheNextStartAndADiscardedOneGoes(FxRobot robot) throws Exception {
        leftByACrash();
        robot.interact(() -> {
            try {
                recovery = new RecoveryCopies(h.session, new RecoveryStore(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            recovery.offerLeftBehind(left -> RecoveryCopies.Choice.LATER);
        });
        assertTrue(Files.exists(dir.resolve("crashed.bpstudio")));
        robot.interact(() -> recovery.offerLeftBehind(left -> RecoveryCopies.Choice.DISCARD));
        assertFalse(Files.exists(dir.resolve("crashed.bpstudio")));
        assertFalse(Files.exists(dir.resolve("crashed.about")));
    }

    @Test
    void anAppSessionKilledInItsOwnJvmLeavesWorkThatTheNextRestoresBitForBit(FxRobot robot) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashedSessionChild.class.getName(),
                dir.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.equals("written")) {
                line = out.readLine(); // JavaFX's own warnings first
            }
            assertEquals("written", line);
            child.destroyForcibly(); // no clean close
            assertTrue(child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS));
        }
        List<String> offered = new java.util.ArrayList<>();
        robot.interact(() -> {
            try {
                recovery = new RecoveryCopies(h.session, new RecoveryStore(dir));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            recovery.offerLeftBehind(left -> {
                offered.add(left.about());
                return RecoveryCopies.Choice.RESTORE;
            });
        });
        assertEquals(List.of("The chapter's example, iteration 0, 5 points"), offered);
        assertEquals(0.4, h.editor.state().data().x(2));
        assertEquals(0.6, h.editor.state().data().y(2));
        assertEquals(studio.backprop.engine.ChapterExample.network(), h.editor.state().network()); // bit for bit
        assertTrue(h.editor.hasUnsavedChanges());
    }
}
