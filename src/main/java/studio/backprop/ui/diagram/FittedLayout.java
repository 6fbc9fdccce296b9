package studio.backprop.ui.diagram;

import java.util.List;
import studio.backprop.engine.Architecture;

/** The scale a diagram is laid out at: presentation mode's, unless the view is too small for it. */
final class FittedLayout {
    private FittedLayout() {
    }

    /**
     * Presentation mode's larger scale, shrunk as far as needed (never below the normal one) for the
     * neurons' values to fit inside their circles and every edge's label to find a place: in a small
     * window, full-size text would pile value plates over the circles and leave edges unlabelled, which
     * reads worse from the back of the room than smaller text. A network with too many edges to label
     * shows its labels on hover at any scale, so they never shrink its text.
     */
    static Layout of(Architecture architecture, double w, double h, double scale, List<EdgeStyle> styles,
                     boolean phase) {
        double s = scale;
        Layout fitted = new Layout(architecture, w, h, s, styles, phase);
        while ((!fitted.valuesInside || fitted.labelsFit() && !fitted.allLabelsPlaced()) && s > 1) {
            s = Math.max(1, s - 0.1);
            fitted = new Layout(architecture, w, h, s, styles, phase);
        }
        return fitted;
    }
}
