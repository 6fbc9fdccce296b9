package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The data points window closes as a small window should: with its Close button or with Esc. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class DataTableWindowTest {
    private Harness h;
    private DataTableWindow window;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new Label("the main window"), 400, 300);
        window = new DataTableWindow(h.session, () -> stage);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @Test
    void itsCloseButtonClosesIt(FxRobot robot) {
        robot.interact(window::show);
        assertTrue(window.stage().isShowing());

        robot.clickOn("#closeDataTable");

        assertFalse(window.stage().isShowing());
    }

    @Test
    void escClosesIt(FxRobot robot) {
        robot.interact(window::show);

        robot.interact(() -> window.stage().requestFocus());
        robot.type(KeyCode.ESCAPE);

        assertFalse(window.stage().isShowing());
    }

    @Test
    void itOpensAgainAfterBeingClosed(FxRobot robot) {
        robot.interact(window::show);
        robot.clickOn("#closeDataTable");

        robot.interact(window::show);

        assertTrue(window.stage().isShowing());
    }
}
