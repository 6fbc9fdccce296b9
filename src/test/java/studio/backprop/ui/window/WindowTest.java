package studio.backprop.ui.window;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the whole window on the chapter's example at 1280x800, shown afresh for each test. TestFX
 * looks for the {@code @Start} method in the test class itself, so each test class has one that calls
 * {@link #show}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    ShownWindow shown;
    Stage stage;

    void show(Stage stage) {
        this.stage = stage;
        shown = ShownWindow.on(stage);
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    /** After the first snapshot, this window in front: other test classes may have left windows that hold the keys. */
    void front(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
    }
}
