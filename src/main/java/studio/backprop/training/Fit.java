package studio.backprop.training;

import java.util.List;
import java.util.Locale;
import studio.backprop.engine.DataSet;

/**
 * How well the network fits a set of points, in the measures a class meets beside RSS: the mean squared
 * error, its root (in the units of y) and R^2, the share of the targets' variation explained (1 is a
 * perfect fit, 0 no better than their mean). R^2 is left out when the targets are all equal: there is no
 * variation to explain.
 *
 * @param values the targets summed over: points times outputs
 * @param rss    the residual sum of squares over them
 * @param tss    the total sum of squares, sum of (y - mean y)^2 over them
 */
public record Fit(int values, double rss, double tss) {

    public double mse() {
        return rss / values;
    }

    public double rmse() {
        return Math.sqrt(mse());
    }

    /** 1 - RSS / TSS, or NaN when the targets are all equal. */
    public double r2() {
        return tss > 0 ? 1 - rss / tss : Double.NaN;
    }

    public boolean hasR2() {
        return tss > 0;
    }

    /** "MSE 0.00123 · RMSE 0.0351 · R² 0.987" (3 significant digits), R² left out when there is none. */
    public String summary() {
        return "MSE " + number(mse()) + " · RMSE " + number(rmse()) + (hasR2() ? " · R² " + number(r2()) : "");
    }

    /** As {@link #summary()}, saying why R² is missing when it is: for a hover, which has the room. */
    public String explained() {
        return hasR2() ? summary() : summary() + "; no R²: the targets are all equal";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /**
     * The total sum of squares of the targets of the points {@code in} says (those held out, or those not),
     * summed over the outputs, each output about its own mean.
     */
    public static double tss(DataSet data, List<Integer> heldOut, boolean in) {
        boolean[] held = new boolean[data.size()];
        heldOut.forEach(p -> held[p] = true);
        double total = 0;
        for (int k = 0; k < data.outputs(); k++) {
            double sum = 0;
            int n = 0;
            for (int p = 0; p < data.size(); p++) {
                if (held[p] == in) {
                    sum += data.y(p, k);
                    n++;
                }
            }
            double mean = sum / Math.max(n, 1);
            for (int p = 0; p < data.size(); p++) {
                if (held[p] == in) {
                    double d = data.y(p, k) - mean;
                    total += d * d;
                }
            }
        }
        return total;
    }
}
