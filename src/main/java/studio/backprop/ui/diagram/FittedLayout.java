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
     *
     * <p>Where the network's own text has to shrink (eight neurons a column leave no room for large values),
     * the captions, the point caption and the legend keep as much of the larger scale as they can without
     * shrinking it further, as long as the captions stay apart and the network keeps at least half the
     * view's height: the class should still read which layer is which.
     */
    static Layout of(Architecture architecture, double w, double h, double scale, List<EdgeStyle> styles,
                     boolean phase) {
        double s = scale;
        Layout fitted = new Layout(architecture, w, h, s, styles, phase);
        while (!settled(fitted) && s > 1) {
            s = next(s);
            fitted = new Layout(architecture, w, h, s, styles, phase);
        }
        // then the largest frame that leaves the network's text as it is
        for (double frame = scale; frame > s + 1e-9; frame = next(frame)) {
            Layout framed = new Layout(architecture, w, h, s, frame, styles, phase);
            if (settled(framed) && framed.networkBottom - framed.networkTop >= h / 2 && captionsApart(framed)) {
                return framed;
            }
        }
        return fitted;
    }

    private static double next(double s) {
        return Math.max(1, s - 0.1);
    }

    /** Whether each column's caption clears its neighbours' by a margin, at the frame's size. */
    static boolean captionsApart(Layout layout) {
        for (int l = 1; l < layout.neurons.length; l++) {
            if (layout.neurons[l][0].x() - layout.neurons[l - 1][0].x() < layout.captionWidth + layout.pad) {
                return false;
            }
        }
        return true;
    }

    /** The network's values inside their circles, and its labels placed if it shows any. */
    private static boolean settled(Layout layout) {
        return layout.valuesInside && (!layout.labelsFit() || layout.allLabelsPlaced());
    }
}
