package studio.backprop.ui.loss;

import studio.backprop.training.Fit;
import studio.backprop.training.LossHistory;
import studio.backprop.training.OptionsSnapshot;
import studio.backprop.ui.chart.NiceTicks;

/** The held-out points' part of the loss hover: their RSS at the iteration hovered, and how well they fit. */
final class HeldOutReadout {
    private HeldOutReadout() {
    }

    /** "  ·  held out: RSS 0.0412 (MSE ...)", or "" when no point is held out or none was measured there. */
    static String at(OptionsSnapshot beyond, long iteration, long end) {
        if (!beyond.holdsOut()) {
            return "";
        }
        double value = iteration >= end ? beyond.heldOutRss() : valueAt(beyond.heldOutHistory(), iteration);
        if (Double.isNaN(value)) {
            return "";
        }
        Fit fit = new Fit(beyond.heldOutValues(), value, beyond.heldOutTss());
        return "  ·  held out: RSS " + NiceTicks.significant(value, 6) + " (" + fit.explained() + ")";
    }

    private static double valueAt(LossHistory.Frozen h, long iteration) {
        int k = h.bucketOf(iteration);
        return k < 0 || h.size() == 0 ? Double.NaN : h.last(Math.min(k, h.size() - 1));
    }
}
