package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Predictor;
import studio.backprop.ui.TwoInputSnapshots;
import studio.backprop.ui.chart.Pixels;
import studio.backprop.ui.map.MapColours;

/** For two inputs each hidden neuron shows its output h(x1, x2) as a small map, on the output map's colours. */
@ExtendWith(ApplicationExtension.class)
class NeuronMapsTest {
    private ShownDiagram d;

    @Start
    void start(Stage stage) {
        d = new ShownDiagram(stage, TwoInputSnapshots.xor(300));
    }

    @Test
    void aNeuronsValueIsItsOutputAtBothInputsOfTheSelectedPoint(FxRobot robot) {
        d.after(robot, () -> d.point.set(1)); // (0, 1): the second input matters
        Predictor p = new Predictor(d.snapshot.get().network()).at(0, 1);
        for (int i = 0; i < 4; i++) {
            assertEquals(Numbers.output(p.h(1, i)), d.view.neuronText(1, i), "neuron " + i);
        }
        assertEquals(Numbers.output(p.output()), d.view.neuronText(2, 0), "the output");
    }

    @Test
    void eachHiddenNeuronsMapIsColouredByItsOutputOverTheSquare(FxRobot robot) throws Exception {
        Layout layout = d.drawn(robot);
        Image image = d.image(robot);
        InputDomain domain = InputDomain.of(d.snapshot.get().data());
        Predictor p = new Predictor(d.snapshot.get().network());
        for (int i = 0; i < 4; i++) {
            Node n = layout.neuron(1, i);
            Layout.Box box = layout.mapBox(n);
            assertNotNull(box, "neuron " + i + " has a map");
            assertEquals(2 * n.radius(), box.w(), 1e-9, "the neuron is drawn as its map, as wide as its circle");
            // the lower corners lie outside the circle: the map reaches them
            for (double[] f : new double[][] {{0.3, 0.3}, {0.7, 0.7}, {0.7, 0.3}, {0.12, 0.12}, {0.88, 0.12}}) {
                double h = p.at(domain.lo(0) + f[0] * (domain.hi(0) - domain.lo(0)),
                        domain.lo(1) + f[1] * (domain.hi(1) - domain.lo(1))).h(1, i);
                int argb = MapColours.field(h); // tanh: -1 to 1 is the whole scale
                Color want = Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
                double x = box.x() + f[0] * box.w();
                double y = box.y() + (1 - f[1]) * box.h();
                assertTrue(Pixels.closest(image, x, y, 1, want) < 0.08,
                        "neuron " + i + " at " + f[0] + ", " + f[1] + ": h = " + h);
            }
        }
    }

    @Test
    void whereTheMapsHaveRoomEachCarriesItsValueOnAWhiteTabAcrossItsTop(FxRobot robot) throws Exception {
        Layout layout = d.drawn(robot);
        Image image = d.image(robot);
        for (int i = 0; i < 4; i++) {
            Node n = layout.neuron(1, i);
            assertTrue(layout.valueOnMap(n), "r = " + n.radius() + ", the value's plate " + layout.plateHeight);
            Layout.Box box = layout.mapBox(n);
            double tabY = box.y() + layout.plateHeight / 2 + 2 * layout.scale;
            double beside = d.view.neuronValue(1, i).width() / 2 + 2 * layout.scale; // on the plate, off the digits
            assertTrue(Pixels.closest(image, n.x() + beside, tabY, 0, Color.WHITE) < 0.08, "neuron " + i);
        }
    }

    @Test
    void whereTheMapsAreSmallANeuronsValueShowsOnHover(FxRobot robot) {
        robot.interact(() -> d.view.getScene().getWindow().setHeight(330));
        Layout layout = d.drawn(robot);
        Node n = layout.neuron(1, 2);
        assertFalse(layout.valueOnMap(n), "r = " + n.radius() + ", the value's plate " + layout.plateHeight + " high");
        Point2D screen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> d.view.localToScreen(n.x(), n.y()));
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        String hover = d.view.hoverTextProperty().get();
        assertTrue(hover.startsWith("h_1,3 = "), hover);
    }

    @Test
    void aMapsCornerBeyondTheCircleStillPointsAtItsNeuron(FxRobot robot) {
        Layout layout = d.drawn(robot);
        Node n = layout.neuron(1, 1);
        double corner = 0.9 * n.radius(); // 1.27 r from the centre: outside the circle, inside the map
        Point2D screen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> d.view.localToScreen(n.x() - corner, n.y() + corner));
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        String hover = d.view.hoverTextProperty().get();
        assertTrue(hover.startsWith("h_1,2 = "), hover);
    }
}
