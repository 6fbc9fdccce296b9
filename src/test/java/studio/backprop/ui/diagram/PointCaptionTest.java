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
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.ui.TextMetrics;
import studio.backprop.ui.TwoInputSnapshots;

/** The "values for point k" row fits the diagram's width, and its hint never prints over it. */
@ExtendWith(ApplicationExtension.class)
class PointCaptionTest {
    /** f(x) at iteration 0 at point 3 of the chapter, x = 0.5, y = 0.5. */
    private static final double FX = 0.97816;

    @Start
    void start(Stage stage) {
    }

    @Test
    void atFullWidthTheCaptionIsWhole() {
        PointCaption c = caption(new Layout(Architecture.sigmoid(1, 4, 2, 1), 638, 381, 1), false);
        assertEquals("values for point 3:  x = 0.5,  y = 0.5,  f(x) = 0.978", c.text());
    }

    @Test
    void besideTheWorkedExampleAt1280x800TheCaptionFitsItsWidth() {
        for (double scale : new double[] {1, 1.3, 1.6}) {
            Layout layout = new Layout(Architecture.sigmoid(1, 4, 2, 1), 368, 381, scale);
            PointCaption c = caption(layout, false);
            assertTrue(c.text().contains("point 3") && c.text().endsWith("f(x) = 0.978"), c.text());
            assertTrue(TextMetrics.width(c.text(), c.font()) <= layout.width - 2 * layout.pad,
                    c.text() + " at scale " + scale);
        }
    }

    @Test
    void theHintShowsOnlyWhereItClearsTheCaption() {
        for (double width : new double[] {368, 638, 958}) {
            Layout layout = new Layout(Architecture.sigmoid(1, 8, 8, 8, 1), width, 381, 1);
            PointCaption c = caption(layout, true);
            if (c.hint() != null) {
                double captionRight = layout.pad + TextMetrics.width(c.text(), c.font());
                double hintLeft = layout.width - layout.pad - TextMetrics.width(c.hint(), layout.fonts.caption());
                assertTrue(captionRight < hintLeft, c + " at " + width);
            }
        }
        assertNull(caption(new Layout(Architecture.sigmoid(1, 8, 8, 8, 1), 368, 381, 1), true).hint());
        assertEquals("hover an edge to see its value",
                caption(new Layout(Architecture.sigmoid(1, 8, 8, 8, 1), 958, 381, 1), true).hint());
    }

    private static PointCaption caption(Layout layout, boolean hinted) {
        return PointCaption.of(layout, Experiment.chapter().data(), 2, FX, hinted, false);
    }

    @Test
    void whereTheNeuronsMapsLeaveTheirValuesToHoverTheHintSaysSo() {
        DataSet xor = TwoInputSnapshots.xor(0).data();
        Layout layout = new Layout(Architecture.sigmoid(2, 4, 1), 958, 381, 1);
        assertEquals("hover a neuron to see its value", PointCaption.of(layout, xor, 0, FX, false, true).hint());
        assertEquals("hover a neuron or an edge for its value", PointCaption.of(layout, xor, 0, FX, true, true).hint());
        assertNull(PointCaption.of(layout, xor, 0, FX, false, false).hint());
    }
}
