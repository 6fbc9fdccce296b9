package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Pixels;

@ExtendWith(ApplicationExtension.class)
class NeuronCurvesTest {
    private ShownDiagram d;

    @Start
    void start(Stage stage) {
        d = new ShownDiagram(stage, Snapshots.chapter(0));
    }

    /** Pixels of the curve's colour inside a box. */
    private static int curvePixels(Image image, Layout.Box box) {
        int count = 0;
        for (int x = (int) box.x(); x < box.x() + box.w(); x++) {
            for (int y = (int) box.y(); y < box.y() + box.h(); y++) {
                count += Pixels.near(image, x, y, 0, Palette.NEURON_CURVE) ? 1 : 0;
            }
        }
        return count;
    }

    @Test
    void aHiddenNeuronDrawsItsCurveInItsBox(FxRobot robot) throws Exception {
        Layout layout = d.drawn(robot);
        Layout.Box box = layout.curveBox(layout.neuron(1, 0));
        assertTrue(curvePixels(d.image(robot), box) > box.w() / 2, "a line across the box");
    }

    @Test
    void turningTheCurvesOffEmptiesTheBox(FxRobot robot) throws Exception {
        Layout layout = d.after(robot, () -> d.view.showNeuronCurvesProperty().set(false));
        assertFalse(curvePixels(d.image(robot), layout.curveBox(layout.neuron(2, 1))) > 0);
    }

    @Test
    void theInputAndOutputHaveNoCurve(FxRobot robot) {
        Layout layout = d.drawn(robot);
        assertNull(layout.curveBox(layout.neuron(0, 0)));
        assertNull(layout.curveBox(layout.neuron(3, 0)));
    }
}
