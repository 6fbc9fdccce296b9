package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.model.SavedExperiment;

/** Ctrl+C and Ctrl+V in the data table, through the real clipboard, as a spreadsheet would meet them. */
@ExtendWith(ApplicationExtension.class)
class DataClipboardTest {
    private Harness h;
    private DataTableEditor table;

    @Start
    void start(Stage stage) {
        h = new Harness();
        table = new DataTableEditor(h.editor, h.model.selectedPointProperty());
        Harness.show(stage, table, 360, 480);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    private static Node numberCell(FxRobot robot, int number) {
        return DataTableEditorTest.numberCell(robot, number);
    }

    private static String clipboardText(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    private void pasteRows(FxRobot robot, String rows, Optional<Boolean> replace) {
        robot.interact(() -> {
            Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, rows));
            table.clipboard().setAsk((pasted, there) -> replace);
        });
        robot.clickOn(numberCell(robot, 1)).press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
    }

    @Test
    void ctrlCCopiesEveryPointTabSeparatedWithAHeader(FxRobot robot) {
        robot.clickOn(numberCell(robot, 2)).press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals("x\ty\n0\t0\n0.25\t1\n0.5\t0.5\n0.75\t1\n1\t0\n", clipboardText(robot));
    }

    @Test
    void ctrlCCopiesOnlyTheRowsSelectedWhenThereAreSeveral(FxRobot robot) {
        robot.clickOn(numberCell(robot, 2)).press(KeyCode.SHIFT).clickOn(numberCell(robot, 3)).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals("x\ty\n0.25\t1\n0.5\t0.5\n", clipboardText(robot));
    }

    @Test
    void rowsPastedWithDecimalCommasFollowThePointsAsOneUndoableEdit(FxRobot robot) {
        pasteRows(robot, "x\ty\n1,5\t0,25\n2\t1\n", Optional.of(false));
        DataSet data = h.editor.state().data();
        assertEquals(7, data.size());
        assertEquals(1.5, data.x(5));
        assertEquals(0.25, data.y(5));
        h.awaitData(data);
        robot.interact(h.editor::undo);
        assertEquals(ChapterExample.data(), h.editor.state().data());
    }

    @Test
    void rowsPastedInPlaceOfThePointsAreThePointsThen(FxRobot robot) {
        pasteRows(robot, "0.1\t0.2\n0.3\t0.4\n", Optional.of(true));
        assertEquals(DataSet.of1D(new double[] {0.1, 0.3}, new double[] {0.2, 0.4}), h.editor.state().data());
    }

    @Test
    void rowsWithOneBadValueAreRefusedWholeNamingTheRowAndNothingChanges(FxRobot robot) {
        SavedExperiment before = h.editor.state();
        pasteRows(robot, "1\t2\n3\tabc\n", Optional.of(false));
        assertSame(before, h.editor.state());
        assertEquals("the pasted rows: line 2, column 2 (y): \"abc\" is not a number",
                robot.lookup("#dataMessage").queryAs(Label.class).getText());
    }

    @Test
    void aPasteCancelledChangesNothing(FxRobot robot) {
        SavedExperiment before = h.editor.state();
        pasteRows(robot, "1\t2\n", Optional.empty());
        assertSame(before, h.editor.state());
    }
}
