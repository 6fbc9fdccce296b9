package studio.backprop.engine;

import java.util.Arrays;

/**
 * Immutable training points (x, y). Stored flat: point p's inputs at
 * {@code x[p * inputs .. p * inputs + inputs)} and its targets likewise in {@code y}.
 */
public final class DataSet {
    private final int inputs;
    private final int outputs;
    private final double[] x;
    private final double[] y;

    public DataSet(int inputs, int outputs, double[] x, double[] y) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("need at least 1 input and 1 output, got " + inputs + " and " + outputs);
        }
        if (x.length % inputs != 0 || y.length % outputs != 0 || x.length / inputs != y.length / outputs) {
            throw new IllegalArgumentException("x has " + x.length + " values and y " + y.length
                    + ": not the same number of points for " + inputs + " input(s) and " + outputs + " output(s)");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a data set needs at least one point");
        }
        requireFinite("x", x, inputs);
        requireFinite("y", y, outputs);
        this.inputs = inputs;
        this.outputs = outputs;
        this.x = x.clone();
        this.y = y.clone();
    }

    /** Takes arrays made for it, checked already, without copying them again: a million points are 16 MB. */
    private DataSet(DataSet like, double[] x, double[] y) {
        this.inputs = like.inputs;
        this.outputs = like.outputs;
        this.x = x;
        this.y = y;
    }

    /** One input, one output: the chapter's 1-D regression. */
    public static DataSet of1D(double[] x, double[] y) {
        return new DataSet(1, 1, x, y);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void requireFinite(String name, double[] values, int width) {
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("point " + (k / width + 1) + ": " + name + " is " + values[k]
                        + ", not a finite number");
            }
        }
    }

    public int size() {
        return x.length / inputs;
    }

    public int inputs() {
        return inputs;
    }

    public int outputs() {
        return outputs;
    }

    /** Input k of point p. */
    public double x(int p, int k) {
        return x[p * inputs + k];
    }

    /** Target k of point p. */
    public double y(int p, int k) {
        return y[p * outputs + k];
    }

    /** The first input of point p, for the 1-D views. */
    public double x(int p) {
        return x[p * inputs];
    }

    /** The first target of point p, for the 1-D views. */
    public double y(int p) {
        return y[p * outputs];
    }

    public double[] xs() {
        return x.clone();
    }

    public double[] ys() {
        return y.clone();
    }

    /** These points, then {@code more}'s, which must have as many inputs and outputs. */
    public DataSet followedBy(DataSet more) {
        if (more.inputs != inputs || more.outputs != outputs) {
            throw new IllegalArgumentException("points of " + more.inputs + " input(s) and " + more.outputs
                    + " output(s) cannot join points of " + inputs + " and " + outputs);
        }
        double[] xs = Arrays.copyOf(x, x.length + more.x.length);
        double[] ys = Arrays.copyOf(y, y.length + more.y.length);
        System.arraycopy(more.x, 0, xs, x.length, more.x.length);
        System.arraycopy(more.y, 0, ys, y.length, more.y.length);
        return new DataSet(this, xs, ys);
    }

    /** These points with point k (from 0) at inputs {@code px} and targets {@code py}, finite; one copy made. */
    public DataSet withPoint(int k, double[] px, double[] py) {
        if (k < 0 || k >= size()) {
            throw new IllegalArgumentException("no point " + (k + 1) + ": the data has points 1 to " + size());
        }
        if (px.length != inputs || py.length != outputs) {
            throw new IllegalArgumentException("a point of this data has " + inputs + " input(s) and " + outputs
                    + " output(s), got " + px.length + " and " + py.length);
        }
        for (double v : concat(px, py)) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("point " + (k + 1) + ": " + v + " is not a finite number");
            }
        }
        double[] xs = x.clone();
        double[] ys = y.clone();
        System.arraycopy(px, 0, xs, k * inputs, inputs);
        System.arraycopy(py, 0, ys, k * outputs, outputs);
        return new DataSet(this, xs, ys);
    }

    /** These points, in this order (numbers from 0). */
    public DataSet subset(int[] points) {
        double[] xs = new double[points.length * inputs];
        double[] ys = new double[points.length * outputs];
        for (int k = 0; k < points.length; k++) {
            System.arraycopy(x, points[k] * inputs, xs, k * inputs, inputs);
            System.arraycopy(y, points[k] * outputs, ys, k * outputs, outputs);
        }
        return new DataSet(inputs, outputs, xs, ys);
    }

    /** Engine-internal, no copy: callers promise not to write. */
    double[] xArray() {
        return x;
    }

    double[] yArray() {
        return y;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSet d && inputs == d.inputs && outputs == d.outputs
                && Arrays.equals(x, d.x) && Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x) * 31 + Arrays.hashCode(y);
    }
}
