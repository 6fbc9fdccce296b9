package studio.backprop.ui.chart;

/**
 * Maps data values along one axis to canvas pixels, linearly or logarithmically. A log scale may carry
 * an offset, so iteration 0 has a place on a log axis: position is log10(v + offset).
 *
 * <p>Mutable and reused frame after frame, so drawing allocates no mapping objects.
 */
public final class Scale {
    private double lo = 0;
    private double hi = 1;
    private boolean log;
    private double offset;
    private double p0 = 0;
    private double p1 = 1;
    private double t0;
    private double t1 = 1;

    /** Sets the value range; for a log scale lo + offset must be positive. */
    public Scale range(double lo, double hi, boolean log, double offset) {
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.offset = offset;
        t0 = transform(lo);
        t1 = transform(hi);
        if (!(t1 != t0) || !Double.isFinite(t1 - t0)) {
            t1 = t0 + 1;
        }
        return this;
    }

    /** Sets the pixels lo and hi land on (for a y axis p0 is the bottom, so p0 > p1). */
    public Scale pixels(double p0, double p1) {
        this.p0 = p0;
        this.p1 = p1;
        return this;
    }

    private double transform(double v) {
        return log ? Math.log10(v + offset) : v;
    }

    /** The pixel of a value; NaN for NaN, and a non-positive value on a log scale lands at -infinity. */
    public double toPixel(double v) {
        return p0 + (transform(v) - t0) / (t1 - t0) * (p1 - p0);
    }

    /** The value at a pixel. */
    public double toValue(double pixel) {
        double t = t0 + (pixel - p0) / (p1 - p0) * (t1 - t0);
        return log ? Math.pow(10, t) - offset : t;
    }

    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public boolean log() {
        return log;
    }

    public double p0() {
        return p0;
    }

    public double p1() {
        return p1;
    }
}
