package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Architecture;

/** Geometry alone; the toolkit is started because fonts are measured. */
@ExtendWith(ApplicationExtension.class)
class LayoutTest {
    private final Layout layout = new Layout(Architecture.sigmoid(1, 4, 2, 1), 1000, 650, 1);

    @Start
    void start(Stage stage) {
    }

    @Test
    void aPointWithinFivePixelsOfAnEdgeHitsIt() {
        Edge e = layout.edge(3, 0, 0);
        double[] normal = normal(e);
        Layout.Hit hit = layout.hitTest(e.midX() + 4 * normal[0], e.midY() + 4 * normal[1], false, false);
        assertEquals(e, hit.edge());
    }

    @Test
    void aPointEightPixelsFromAnyEdgeHitsNothing() {
        Edge e = layout.edge(3, 0, 0);
        double[] normal = normal(e);
        assertNull(layout.hitTest(e.midX() + 8 * normal[0], e.midY() + 8 * normal[1], false, false));
    }

    @Test
    void aPointInsideACircleHitsTheNeuronNotItsEdges() {
        Node n = layout.neuron(2, 1);
        Layout.Hit hit = layout.hitTest(n.x() + n.radius() * 0.7, n.y(), false, false);
        assertEquals(n, hit.node());
    }

    @Test
    void everyLayerButTheOutputHasABiasNodeBelowItsNeurons() {
        for (int l = 0; l < 3; l++) {
            Node bias = layout.biases[l];
            for (Node n : layout.neurons[l]) {
                assertTrue(bias.y() > n.y() + n.radius());
            }
        }
        assertNull(layout.biases[3]);
    }

    @Test
    void edgesEndOnTheOutlinesOfTheirNodes() {
        Edge e = layout.edge(1, 0, 0);
        Node from = layout.neuron(0, 0);
        Node to = layout.neuron(1, 0);
        assertEquals(from.radius(), Math.hypot(e.x1() - from.x(), e.y1() - from.y()), 1e-9);
        assertEquals(to.radius(), Math.hypot(e.x2() - to.x(), e.y2() - to.y()), 1e-9);
    }

    private static double[] normal(Edge e) {
        double length = Math.hypot(e.x2() - e.x1(), e.y2() - e.y1());
        return new double[] {-(e.y2() - e.y1()) / length, (e.x2() - e.x1()) / length};
    }
}
