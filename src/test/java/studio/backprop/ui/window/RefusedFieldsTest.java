package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A toolbar field that refuses what was typed says why at once, under the field. */
class RefusedFieldsTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The text of the field note open now, or "" when none is. */
    private static String noteShown() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing() && t.getStyleClass().contains("field-note"))
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }

    private void typeInto(FxRobot robot, String id, String text) {
        front(robot);
        TextField field = robot.from(shown.window).lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runToAnIterationAlreadyReachedSaysSo(FxRobot robot) {
        shown.model.step(3);
        ShownWindow.await("iteration 3", () -> shown.model.getSnapshot().iteration() == 3);
        typeInto(robot, "#untilField", "2");
        assertEquals("Already at iteration 3: type a later one", noteShown());
        assertEquals(3, shown.model.getSnapshot().iteration());
    }

    @Test
    void aLearningRateOutOfRangeSaysWhatRangeItTakes(FxRobot robot) {
        typeInto(robot, "#learningRateField", "50");
        assertEquals("\"50\" is not a learning rate: type one from 0.0001 to 10", noteShown());
    }

    @Test
    void theNoteGoesWhenTheFieldIsTypedInAgain(FxRobot robot) {
        typeInto(robot, "#untilField", "0");
        assertEquals("0 is too few: 1 iteration or more", noteShown());
        robot.write("5");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", noteShown());
        assertTrue(robot.from(shown.window).lookup("#untilField").queryAs(TextField.class).isFocused(),
                "the field keeps the focus for a fix");
    }
}
