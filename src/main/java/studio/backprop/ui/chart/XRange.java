package studio.backprop.ui.chart;

import studio.backprop.engine.DataSet;

/**
 * The x range the regression plot shows: the data's with 10% to spare each side, so the curve's
 * behaviour just past the data shows. The diagram's neuron curves use the same range, so a bump in a
 * neuron sits where it sits in the plot.
 */
public record XRange(double lo, double hi) {

    public static XRange of(DataSet data) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < data.size(); k++) {
            min = Math.min(min, data.x(k));
            max = Math.max(max, data.x(k));
        }
        double margin = max > min ? 0.1 * (max - min) : 0.5;
        return new XRange(min - margin, max + margin);
    }

    /** The i-th of n evenly spaced x values from lo to hi. */
    public double at(int i, int n) {
        return lo + (hi - lo) * i / (n - 1);
    }
}
