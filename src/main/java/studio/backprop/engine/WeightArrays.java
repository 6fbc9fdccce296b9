package studio.backprop.engine;

import java.util.Arrays;

/**
 * One value per weight and bias, shaped like a {@link Network}: A_1..A_(L+1) flat row-major and
 * b_1..b_(L+1), indexed by the chapter's layer number (index 0 unused). Mutable buffers for the training
 * loop: the weights, the summed gradient, an optimiser's state. Not shared between threads.
 */
public record WeightArrays(double[][] a, double[][] b) {

    /** All zeros, for {@code architecture}. */
    public static WeightArrays zeros(Architecture architecture) {
        int depth = architecture.depth();
        WeightArrays arrays = new WeightArrays(new double[depth + 1][], new double[depth + 1][]);
        for (int l = 1; l <= depth; l++) {
            arrays.a[l] = new double[architecture.size(l) * architecture.size(l - 1)];
            arrays.b[l] = new double[architecture.size(l)];
        }
        return arrays;
    }

    /** The number of layers with weights, L+1. */
    public int depth() {
        return a.length - 1;
    }

    /** A deep copy of per-layer arrays (index 0 stays null). */
    static double[][] deepCopy(double[][] layers) {
        double[][] copy = new double[layers.length][];
        for (int l = 1; l < layers.length; l++) {
            copy[l] = layers[l].clone();
        }
        return copy;
    }

    /** A deep copy. */
    public WeightArrays copy() {
        return new WeightArrays(deepCopy(a), deepCopy(b));
    }

    /** Sets every value to 0. */
    public void clear() {
        for (int l = 1; l < a.length; l++) {
            Arrays.fill(a[l], 0.0);
            Arrays.fill(b[l], 0.0);
        }
    }

    /** True when every value is finite. */
    public boolean allFinite() {
        for (int l = 1; l < a.length; l++) {
            if (!Network.allFinite(a[l]) || !Network.allFinite(b[l])) {
                return false;
            }
        }
        return true;
    }
}
