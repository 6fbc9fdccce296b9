package studio.backprop.app;

import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import studio.backprop.ui.experiment.ExperimentSession;

/** A file dropped on the window: a CSV replaces the data, anything else is opened as an experiment. */
final class DroppedFiles {
    private DroppedFiles() {
    }

    static void install(Scene scene, ExperimentSession session) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            e.setDropCompleted(!files.isEmpty() && session.openDropped(files.get(0).toPath()));
            e.consume();
        });
    }
}
