package studio.backprop.ui.map;

import java.util.Optional;
import studio.backprop.engine.Accuracy;
import studio.backprop.engine.DataSet;

/**
 * How the output map reads the network's output: for 0/1 targets the scale runs 0 to 1 with the
 * boundary at 0.5, for -1/1 targets -1 to 1 with the boundary at 0, and for other targets over their
 * range with no boundary, since there is no class to separate.
 */
record MapScale(double lo, double hi, boolean classes) {

    static MapScale of(DataSet data) {
        Optional<Accuracy.Classes> classes = Accuracy.classes(data);
        if (classes.isPresent()) {
            double low = classes.get().classOf(Double.NEGATIVE_INFINITY);
            return new MapScale(low, 1, true);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < data.size(); p++) {
            min = Math.min(min, data.y(p));
            max = Math.max(max, data.y(p));
        }
        double half = max > min ? (max - min) / 2 : 0.5;
        return new MapScale((min + max) / 2 - half, (min + max) / 2 + half, false);
    }

    /** The output the boundary is drawn at: the scale's middle, which for classes is {@link Accuracy.Classes#boundary}. */
    double middle() {
        return (lo + hi) / 2;
    }

    /** Where v lies on the scale: -1 at lo, 0 in the middle, 1 at hi, clamped; 0 for NaN. */
    double signed(double v) {
        if (Double.isNaN(v)) {
            return 0;
        }
        return Math.max(-1, Math.min(1, (v - middle()) / ((hi - lo) / 2)));
    }

    /** The first class's target (0, or -1 for -1/1 targets): what a plain click adds. */
    double firstClass() {
        return lo;
    }

    /** The second class's target (1): what a Shift+click adds. */
    double secondClass() {
        return hi;
    }
}
