package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.Fixtures;
import studio.backprop.training.Divergence;

/**
 * The divergence banner on the linear network at rate 10, whose last good state is already far off: it
 * offers starting over first, and every button reads whole in presentation mode at 1280x800.
 */
class DivergenceBannerTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void diverge(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        shown.model.load(Fixtures.diverging());
        robot.interact(() -> shown.model.presentationProperty().set(true));
        shown.model.run();
        ShownWindow.await("divergence", () -> shown.model.divergenceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button button(FxRobot robot, String id) {
        return robot.from(shown.window).lookup(id).queryAs(Button.class);
    }

    @Test
    void theLastGoodStateOfTheLinearNetworkAtRateTenIsFarOff() {
        Divergence d = shown.model.divergenceProperty().get();
        assertTrue(d.lastGoodFarOff(), d.message());
    }

    @Test
    void everyButtonShowsItsWholeLabelInPresentationModeAt1280x800(FxRobot robot) {
        for (String id : new String[] {"#divergenceResetHalved", "#halveRate", "#divergenceDismiss"}) {
            Button b = button(robot, id);
            Text shown = (Text) b.lookup(".text");
            assertEquals(b.getText(), shown.getText(), id + " is not cut short");
        }
    }

    @Test
    void resetAndHalveStartsOverAtHalfTheRateAndHidesTheBanner(FxRobot robot) {
        robot.clickOn(button(robot, "#divergenceResetHalved"));
        ShownWindow.await("iteration 0 at rate 5", () -> shown.model.getSnapshot().iteration() == 0
                && shown.model.getSnapshot().learningRate() == 5.0);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#divergenceBanner").query().isVisible());
    }
}
