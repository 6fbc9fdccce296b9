package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.ChapterExample;

/** Ctrl+V in the window: rows from a spreadsheet become points, except in a field, which takes the text. */
class PastingPointsTest extends WindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void copyRows(FxRobot robot, String rows) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, rows)));
    }

    @Test
    void ctrlVOnThePlotAsksOnceThenAddsTheRowsAsPoints(FxRobot robot) {
        copyRows(robot, "x\ty\n1,5\t0,25\n2\t1\n");
        robot.interact(() -> shown.window.regression().requestFocus()); // a click there would add a point
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.clickOn("Add 2 points");
        assertEquals(7, shown.window.session().editor().state().data().size());
        assertEquals(1.5, shown.window.session().editor().state().data().x(5));
        assertTrue(shown.model.noticeProperty().get().startsWith("Paste 2 points (tab-separated, decimal comma), after"
                + " the others."), shown.model.noticeProperty().get());
    }

    @Test
    void ctrlVInTheLearningRateFieldPastesTextNotPoints(FxRobot robot) {
        copyRows(robot, "0.5");
        TextField rate = robot.lookup("#learningRateField").queryAs(TextField.class);
        robot.doubleClickOn(rate).press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.V).release(KeyCode.CONTROL);
        assertEquals("0.5", rate.getText());
        assertEquals(ChapterExample.data(), shown.window.session().editor().state().data());
    }
}
