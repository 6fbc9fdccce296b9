package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.Snapshots;

@ExtendWith(ApplicationExtension.class)
class WeightEditingTest {
    private final RecordingWeightEdits edits = new RecordingWeightEdits();
    private ShownDiagram shown;

    @Start
    void start(Stage stage) {
        shown = new ShownDiagram(stage, Snapshots.chapter(0));
        shown.view.weightEditsProperty().set(edits);
    }

    @Test
    void doubleClickingAnEdgeOpensAFieldWithItsValue(FxRobot robot) {
        openOnEdgeA211(robot);
        assertTrue(field().isOpen());
        assertEquals("10", field().text());
    }

    @Test
    void typingANumberAndEnterSetsTheWeight(FxRobot robot) {
        openOnEdgeA211(robot);
        robot.write("7.5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("setWeight(2, 0, 0, 7.5)"), edits.calls);
        assertFalse(field().isOpen());
    }

    @Test
    void textThatIsNotANumberKeepsTheFieldOpenAndMarked(FxRobot robot) {
        openOnEdgeA211(robot);
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(field().isOpen());
        assertTrue(field().marked());
        assertEquals("not a number: abc", field().captionText());
        assertEquals(List.of(), edits.calls);
    }

    @Test
    void escapeClosesTheFieldWithoutAnEdit(FxRobot robot) {
        openOnEdgeA211(robot);
        robot.write("7.5").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(field().isOpen());
        assertEquals(List.of(), edits.calls);
    }

    @Test
    void doubleClickingAHiddenNeuronEditsItsBias(FxRobot robot) {
        Node n = shown.drawn(robot).neuron(1, 2);
        robot.doubleClickOn(screen(n.x(), n.y()));
        robot.write("-1.25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("setBias(1, 2, -1.25)"), edits.calls);
    }

    @Test
    void theReadOutSaysAnEdgeCanBeEdited(FxRobot robot) {
        Edge a211 = shown.drawn(robot).edge(2, 0, 0);
        robot.moveTo(screen(a211.midX(), a211.midY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.view.hoverText().endsWith("   double-click to edit"), shown.view.hoverText());
    }

    @Test
    void withoutWeightEditsADoubleClickOpensNothing(FxRobot robot) {
        robot.interact(() -> shown.view.weightEditsProperty().set(null));
        openOnEdgeA211(robot);
        assertFalse(field().isOpen());
    }

    // ---- helpers ----

    private void openOnEdgeA211(FxRobot robot) {
        Edge a211 = shown.drawn(robot).edge(2, 0, 0);
        robot.doubleClickOn(screen(a211.midX(), a211.midY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ValueField field() {
        return shown.view.valueField();
    }

    private Point2D screen(double x, double y) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> shown.view.localToScreen(x, y));
    }
}
