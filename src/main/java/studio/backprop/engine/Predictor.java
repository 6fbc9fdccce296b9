package studio.backprop.engine;

/**
 * Evaluates a fixed {@link Network} at arbitrary inputs (the curve f(x), a neuron's output h_li(x), an
 * output map over two inputs). Reuses its buffers: one instance per thread.
 */
public final class Predictor {
    private final Network network;
    private final Backprop pass;
    private final double[][] a;
    private final double[][] b;
    private final double[] input;

    public Predictor(Network network) {
        this.network = network;
        Architecture arch = network.architecture();
        pass = new Backprop(arch, 1);
        a = new double[arch.depth() + 1][];
        b = new double[arch.depth() + 1][];
        for (int l = 1; l <= arch.depth(); l++) {
            a[l] = network.weights(l);
            b[l] = network.biases(l);
        }
        input = new double[arch.inputs()];
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
        pass.forward(a, b, x, 0, 1);
        return this;
    }

    /** Runs the forward pass at x for a network of one input, without an array. */
    public Predictor at(double x) {
        input[0] = x;
        pass.forward(a, b, input, 0, 1);
        return this;
    }

    /** Output k of f(x) after {@link #at}. */
    public double output(int k) {
        return pass.h[network.depth()][k][0];
    }

    /** f(x), the first output, after {@link #at}. */
    public double output() {
        return output(0);
    }

    /** h_li after {@link #at}: the output of neuron i of layer l (l = 0 is the input). */
    public double h(int l, int i) {
        return pass.h[l][i][0];
    }

    /** Sigma_li after {@link #at}. */
    public double sigma(int l, int i) {
        return pass.sigma[l][i][0];
    }
}
