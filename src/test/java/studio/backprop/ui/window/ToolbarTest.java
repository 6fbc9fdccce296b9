package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The toolbar is one row at 1280x800 whatever happens, and what does not fit stays within reach. */
class ToolbarTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void runToShowsItsProgressWithoutMovingAnythingInTheToolbar(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        double height = shown.window.controls().getHeight();
        Bounds speed = bounds(shown.window.controls().speed());
        robot.interact(() -> shown.model.runUntil(1_000_000_000L));
        Node progress = robot.from(shown.window).lookup("#progress").query();
        ShownWindow.await("the progress shown", progress::isVisible);
        ShownWindow.await("a time left", () -> shown.model.getSnapshot().iterationsPerSecond() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(height, shown.window.controls().getHeight(), "the toolbar's height");
        assertEquals(speed, bounds(shown.window.controls().speed()), "the speed box where it was");
    }

    @Test
    void theToolbarIsAsBeforeWhenPresentationModeTurnsOff(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double height = shown.window.controls().getHeight();
        double speed = shown.window.controls().speed().getWidth();
        robot.interact(() -> shown.model.presentationProperty().set(true));
        robot.interact(() -> shown.model.presentationProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(height, shown.window.controls().getHeight(), "one row again");
        assertEquals(speed, shown.window.controls().speed().getWidth(), "the speed box at its normal width");
    }

    @Test
    void theExperimentToggleIsInTheOverflowMenuInPresentationModeAt1280(FxRobot robot) {
        robot.interact(() -> shown.model.presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(shown.window).lookup(".tool-bar-overflow-button").queryAs(Node.class));
        robot.clickOn("Experiment");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(shown.window).lookup("#preset").tryQuery().isPresent(), "the experiment panel opened");
    }
}
