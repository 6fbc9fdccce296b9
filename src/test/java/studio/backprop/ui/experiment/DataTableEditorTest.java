package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.DataSet;
import studio.backprop.model.SavedExperiment;

/** The table's fields typed into and its buttons and keys pressed, the trainer following. */
@ExtendWith(ApplicationExtension.class)
class DataTableEditorTest {
    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new DataTableEditor(h.editor, h.model.selectedPointProperty()), 360, 480);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    /** The "#" cell of a row, where a click selects the point without starting to type. */
    static Node numberCell(FxRobot robot, int number) {
        return robot.lookup("#dataTable .table-cell").match(
                (Labeled c) -> Integer.toString(number).equals(c.getText())).query();
    }

    @Test
    void typingAValueMovesThePointAndTheTrainerTrainsOnIt(FxRobot robot) {
        Node third = robot.lookup("#xField").nth(2).query();
        robot.doubleClickOn(third).eraseText(5).write("0.4").type(KeyCode.ENTER);
        assertEquals(0.4, h.editor.state().data().x(2));
        h.awaitData(h.editor.state().data());
    }

    @Test
    void aValueThatIsNotANumberIsMarkedAndNotUsed(FxRobot robot) {
        SavedExperiment before = h.editor.state();
        Node field = robot.lookup("#xField").nth(1).query();
        robot.doubleClickOn(field).eraseText(5).write("1e999").type(KeyCode.ENTER);
        assertTrue(field.getStyleClass().contains("invalid"));
        assertEquals("x of point 2: \"1e999\" is too large to be a finite number (not used)",
                robot.lookup("#dataMessage").queryAs(Label.class).getText());
        robot.type(KeyCode.TAB);
        assertSame(before, h.editor.state(), "neither Enter nor leaving the field used it");
    }

    @Test
    void theDeleteKeyDeletesTheSelectedPoint(FxRobot robot) {
        robot.clickOn(numberCell(robot, 5));
        robot.type(KeyCode.DELETE);
        DataSet data = h.editor.state().data();
        assertEquals(4, data.size());
        assertEquals(0.75, data.x(3));
        h.awaitData(data);
    }

    @Test
    void addPointFillsTheWidestGapAndSelectsIt(FxRobot robot) {
        robot.interact(() -> h.editor.deletePoint(2));
        robot.clickOn("#addPoint");
        DataSet data = h.editor.state().data();
        assertEquals(0.5, data.x(4));
        assertEquals(4, h.model.selectedPointProperty().get());
    }

    @Test
    void deletingTheLastPointIsRefusedWithTheReason(FxRobot robot) {
        robot.interact(() -> {
            for (int k = 0; k < 4; k++) {
                h.editor.deletePoint(0);
            }
        });
        robot.clickOn(numberCell(robot, 1));
        robot.clickOn("#deletePoint");
        assertEquals(1, h.editor.state().data().size());
        assertTrue(robot.lookup("#dataMessage").queryAs(Label.class).getText().startsWith("the last point"));
    }
}
