package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Run button keeps its colour when it has the focus: a focused button must not look disabled. */
class FocusedRunButtonTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The button's colour a little inside its left edge, below its label. */
    private Color face(FxRobot robot, Button run) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = run.snapshot(null, null));
        return shot[0].getPixelReader().getColor(6, (int) (shot[0].getHeight() * 0.8));
    }

    @Test
    void theFocusedRunButtonHasTheColourOfTheUnfocusedOne(FxRobot robot) {
        front(robot);
        Button run = robot.from(shown.window).lookup("#runPause").queryAs(Button.class);
        robot.interact(() -> shown.window.diagram().requestFocus());
        Color unfocused = face(robot, run);
        robot.interact(run::requestFocus);
        assertTrue(run.isFocused(), "the button has the focus");
        Color focused = face(robot, run);
        double distance = Math.abs(focused.getRed() - unfocused.getRed())
                + Math.abs(focused.getGreen() - unfocused.getGreen()) + Math.abs(focused.getBlue() - unfocused.getBlue());
        assertTrue(distance < 0.15, "unfocused " + unfocused + ", focused " + focused);
        assertTrue(focused.getBrightness() < 0.85, "not pale: " + focused);
    }
}
