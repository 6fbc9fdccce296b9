package studio.backprop.engine;

/**
 * Evaluates a fixed {@link Network} at arbitrary inputs (the curve f(x), a neuron's output h_li(x), an
 * output map over two inputs). Reuses its buffers: one instance per thread.
 */
public final class Predictor {
    private final Network network;
    private final Architecture arch;
    /** The pass of one point ({@link #at}) and that of many ({@link #over}), and the one read from. */
    private final Backprop single;
    private Backprop many;
    private Backprop pass;
    /** The point of the last pass that {@link #output}, {@link #h} and {@link #sigma} read. */
    private int selected;
    private final double[][] a;
    private final double[][] b;
    /** x as given, and h_0: the same array without features. */
    private final double[] input;
    private final double[] h0;
    /** Many points' h_0 when the network sees features of its inputs; grown as asked. */
    private double[] manyH0 = new double[0];

    public Predictor(Network network) {
        this.network = network;
        arch = network.architecture();
        single = new Backprop(arch, 1);
        pass = single;
        a = new double[arch.depth() + 1][];
        b = new double[arch.depth() + 1][];
        for (int l = 1; l <= arch.depth(); l++) {
            a[l] = network.weights(l);
            b[l] = network.biases(l);
        }
        input = new double[arch.inputs()];
        h0 = arch.features() == null ? input : new double[arch.size(0)];
    }

    public Network network() {
        return network;
    }

    /**
     * Runs the forward pass at the input vector x (one value per input); then read {@link #output(int)},
     * {@link #h} or {@link #sigma}.
     */
    public Predictor at(double... x) {
        if (x.length != input.length) {
            throw new IllegalArgumentException("the network takes " + input.length + " input(s), got " + x.length);
        }
        return one(x);
    }

    /** Runs the forward pass at x for a network of one input, without an array. */
    public Predictor at(double x) {
        input[0] = x;
        return one(input);
    }

    private Predictor one(double[] x) {
        pass = single;
        selected = 0;
        Features features = arch.features();
        if (features != null) {
            features.apply(x, h0);
        }
        pass.forward(a, b, features == null ? x : h0, 0, 1);
        return this;
    }

    /**
     * Runs the forward pass at the first n points of xs (flat, one input after another) all at once, which
     * the JIT vectorises over the points: a curve's samples cost a fraction of n calls to {@link #at}. Then
     * {@link #select} the point to read; the first is selected.
     */
    public Predictor over(double[] xs, int n) {
        if (xs.length < n * input.length) {
            throw new IllegalArgumentException(n + " points need " + n * input.length + " values, got " + xs.length);
        }
        if (many == null || many.tile < n) {
            many = new Backprop(arch, Math.max(n, 16));
        }
        pass = many;
        selected = 0;
        pass.forward(a, b, featured(xs, n), 0, n);
        return this;
    }

    /** The first n points' h_0, flat: xs itself when the network sees its inputs as they are. */
    private double[] featured(double[] xs, int n) {
        Features features = arch.features();
        if (features == null) {
            return xs;
        }
        int width = features.count();
        if (manyH0.length < n * width) {
            manyH0 = new double[n * width];
        }
        for (int p = 0; p < n; p++) {
            features.apply(xs, p * input.length, manyH0, p * width);
        }
        return manyH0;
    }

    /** Point k of the last {@link #over}: what {@link #output}, {@link #h} and {@link #sigma} read from now on. */
    public Predictor select(int k) {
        selected = k;
        return this;
    }

    /** Output k of f(x) after {@link #at}. */
    public double output(int k) {
        return pass.h[network.depth()][k][selected];
    }

    /** f(x), the first output, after {@link #at}. */
    public double output() {
        return output(0);
    }

    /** h_li after {@link #at}: the output of neuron i of layer l (l = 0 is the input). */
    public double h(int l, int i) {
        return pass.h[l][i][selected];
    }

    /** Sigma_li after {@link #at}. */
    public double sigma(int l, int i) {
        return pass.sigma[l][i][selected];
    }
}
