package studio.backprop.engine;

/**
 * The ranges over which the views sample a network, one per input: the data's own range with 10% to
 * spare each side, so what the network does just past the data shows. Every view that samples the
 * network (the regression curve, the neurons' curves, an output map) takes the same domain, so a
 * feature sits at the same input everywhere.
 */
public final class InputDomain {
    private final double[] lo;
    private final double[] hi;

    public InputDomain(double[] lo, double[] hi) {
        if (lo.length != hi.length || lo.length == 0) {
            throw new IllegalArgumentException("need one range per input, got " + lo.length + " and " + hi.length);
        }
        this.lo = lo.clone();
        this.hi = hi.clone();
    }

    /** The data's range of each input with a tenth to spare each side (half a unit when all points agree). */
    public static InputDomain of(DataSet data) {
        int inputs = data.inputs();
        double[] lo = new double[inputs];
        double[] hi = new double[inputs];
        for (int k = 0; k < inputs; k++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < data.size(); p++) {
                min = Math.min(min, data.x(p, k));
                max = Math.max(max, data.x(p, k));
            }
            double margin = max > min ? 0.1 * (max - min) : 0.5;
            lo[k] = min - margin;
            hi[k] = max + margin;
        }
        return new InputDomain(lo, hi);
    }

    public int inputs() {
        return lo.length;
    }

    /** The lower end of input k's range. */
    public double lo(int k) {
        return lo[k];
    }

    /** The upper end of input k's range. */
    public double hi(int k) {
        return hi[k];
    }

    /** The i-th of n evenly spaced values of input k, from lo to hi. */
    public double at(int k, int i, int n) {
        return lo[k] + (hi[k] - lo[k]) * i / (n - 1);
    }

    /** Where value v of input k lies in its range: 0 at lo, 1 at hi. */
    public double fraction(int k, double v) {
        return (v - lo[k]) / (hi[k] - lo[k]);
    }
}
