package studio.backprop.engine;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of weights for an {@link Architecture}: for each layer l = 1..L+1 the matrix A_l
 * (flat, row-major, {@code size(l)} rows by {@code size(l-1)} columns, so entry a_lij, from neuron j
 * of layer l-1 to neuron i of layer l, sits at {@code i * size(l-1) + j}) and the bias vector b_l.
 * Layers are numbered as in the chapter; neurons within a layer from 0.
 */
public final class Network {
    private final Architecture architecture;
    private final double[][] weights; // [l] = A_l, [0] unused
    private final double[][] biases;  // [l] = b_l, [0] unused

    /**
     * @param weights A_1 .. A_(L+1), each flat row-major
     * @param biases  b_1 .. b_(L+1)
     */
    public Network(Architecture architecture, double[][] weights, double[][] biases) {
        int depth = architecture.depth();
        if (weights.length != depth || biases.length != depth) {
            throw new IllegalArgumentException("expected " + depth + " layers of weights and biases, got "
                    + weights.length + " and " + biases.length);
        }
        this.architecture = architecture;
        this.weights = new double[depth + 1][];
        this.biases = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            int rows = architecture.size(l);
            int cols = architecture.size(l - 1);
            if (weights[l - 1].length != rows * cols) {
                throw new IllegalArgumentException("layer " + l + " expects " + rows + "x" + cols
                        + " weights, got " + weights[l - 1].length);
            }
            if (biases[l - 1].length != rows) {
                throw new IllegalArgumentException("layer " + l + " expects " + rows + " biases, got "
                        + biases[l - 1].length);
            }
            this.weights[l] = weights[l - 1].clone();
            this.biases[l] = biases[l - 1].clone();
        }
    }

    public Architecture architecture() {
        return architecture;
    }

    public int depth() {
        return architecture.depth();
    }

    /** A copy of A_l, flat row-major. */
    public double[] weights(int l) {
        return weights[l].clone();
    }

    /** A copy of b_l. */
    public double[] biases(int l) {
        return biases[l].clone();
    }

    /** a_lij: from neuron j of layer l-1 to neuron i of layer l (i, j from 0). */
    public double weight(int l, int i, int j) {
        return weights[l][i * architecture.size(l - 1) + j];
    }

    /** b_li (i from 0). */
    public double bias(int l, int i) {
        return biases[l][i];
    }

    /** Copies A_l and b_l of every layer into the given arrays, indexed by l as here. */
    void copyInto(double[][] a, double[][] b) {
        for (int l = 1; l <= depth(); l++) {
            System.arraycopy(weights[l], 0, a[l], 0, weights[l].length);
            System.arraycopy(biases[l], 0, b[l], 0, biases[l].length);
        }
    }

    /** Wraps arrays indexed by l = 1..L+1 (index 0 ignored), copying them. */
    static Network fromLayerArrays(Architecture architecture, double[][] a, double[][] b) {
        return new Network(architecture, Arrays.copyOfRange(a, 1, a.length), Arrays.copyOfRange(b, 1, b.length));
    }

    /** A copy with one weight changed to a finite value. */
    public Network withWeight(int l, int i, int j, double value) {
        requireFinite("weight", value);
        double[][] a = Arrays.copyOfRange(weights, 1, weights.length);
        a[l - 1] = a[l - 1].clone();
        a[l - 1][i * architecture.size(l - 1) + j] = value;
        return new Network(architecture, a, Arrays.copyOfRange(biases, 1, biases.length));
    }

    /** A copy with one bias changed to a finite value. */
    public Network withBias(int l, int i, double value) {
        requireFinite("bias", value);
        double[][] b = Arrays.copyOfRange(biases, 1, biases.length);
        b[l - 1] = b[l - 1].clone();
        b[l - 1][i] = value;
        return new Network(architecture, Arrays.copyOfRange(weights, 1, weights.length), b);
    }

    private static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a " + what + " must be a finite number, got " + value);
        }
    }

    /** The same weights, the input layer seeing these features of the inputs (null: the inputs themselves). */
    public Network seeing(Features features) {
        return new Network(architecture.withFeatures(features),
                Arrays.copyOfRange(weights, 1, weights.length), Arrays.copyOfRange(biases, 1, biases.length));
    }

    /** The same weights with other activations, one per layer 1..L+1. */
    public Network withActivations(List<Activation> activations) {
        return new Network(architecture.reshaped(architecture.sizes(), activations),
                Arrays.copyOfRange(weights, 1, weights.length), Arrays.copyOfRange(biases, 1, biases.length));
    }

    /** True when every weight and bias is a finite number. */
    public boolean isFinite() {
        for (int l = 1; l <= depth(); l++) {
            if (!allFinite(weights[l]) || !allFinite(biases[l])) {
                return false;
            }
        }
        return true;
    }

    static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Network n && architecture.equals(n.architecture)
                && Arrays.deepEquals(weights, n.weights) && Arrays.deepEquals(biases, n.biases);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(weights) * 31 + Arrays.deepHashCode(biases);
    }

    @Override
    public String toString() {
        return "Network " + architecture;
    }
}
