package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** At 1280x800 the read-out and the weight editor leave every neuron of the chapter's example in sight. */
@ExtendWith(ApplicationExtension.class)
class CoveringTest {
    private ShownDiagram shown;

    @Start
    void start(Stage stage) {
        shown = new ShownDiagram(stage, Snapshots.chapter(0));
        shown.view.weightEditsProperty().set(new RecordingWeightEdits());
        stage.setWidth(638);
        stage.setHeight(381);
    }

    @Test
    void theReadOutOfAnyNeuronOrEdgeCoversNoNeuron(FxRobot robot) {
        Layout layout = shown.drawn(robot);
        // five lines as wide as "a_2,2,2 = -0.00200388": the largest read-out of this network
        double w = 200 * layout.scale;
        double h = 5 * layout.fonts.lineHeight() + layout.pad;
        for (Node[] l : layout.neurons) {
            for (Node n : l) {
                assertCoversNoNeuron(layout, CalloutSpot.near(layout, new Layout.Hit(n, null), w, h, n.x(), n.y()),
                        "hovering neuron " + n);
            }
        }
        for (Edge e : layout.edges) {
            assertCoversNoNeuron(layout, CalloutSpot.near(layout, new Layout.Hit(null, e), w, h, e.midX(), e.midY()),
                    "hovering " + e.name());
        }
    }

    @Test
    void theWeightEditorCoversNoNeuron(FxRobot robot) {
        Layout layout = shown.drawn(robot);
        for (Node n : layout.neurons[1]) {
            robot.doubleClickOn(screen(n.x(), n.y()));
            assertEditorCoversNoNeuron(robot, layout, "editing the bias of " + n);
        }
        for (Edge e : layout.edges) {
            if (e.layer() == 2) {
                robot.doubleClickOn(screen(e.midX(), e.midY()));
                assertEditorCoversNoNeuron(robot, layout, "editing " + e.name());
            }
        }
    }

    private void assertEditorCoversNoNeuron(FxRobot robot, Layout layout, String what) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.view.valueField().isOpen(), what);
        robot.interact(() -> shown.view.layout());
        for (Layout.Box box : shown.view.valueField().boxes()) {
            assertCoversNoNeuron(layout, box, what);
        }
        robot.type(KeyCode.ESCAPE);
    }

    private static void assertCoversNoNeuron(Layout layout, Layout.Box box, String what) {
        for (Node[] l : layout.neurons) {
            for (Node n : l) {
                assertFalse(box.intersects(Layout.around(n, 0)), what + ": the box " + box + " covers " + n);
            }
        }
    }

    private Point2D screen(double x, double y) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> shown.view.localToScreen(x, y));
    }
}
