package studio.backprop.engine;

/**
 * The kernels' one inner loop: to[k] = to[k] + c1 v1[k] + c2 v2[k] + c3 v3[k] + c4 v4[k] for k < n, the terms
 * added left to right, one rounding each, as the sums of the chapter's order need.
 *
 * <p>Every array is indexed by k alone: that is the shape the JIT vectorises (an offset such as
 * {@code to[row + k]} stops it).
 */
final class FourTerms {
    private FourTerms() {
    }

    static void add(double[] to, double c1, double[] v1, double c2, double[] v2, double c3, double[] v3,
                    double c4, double[] v4, int n) {
        for (int k = 0; k < n; k++) {
            to[k] = to[k] + c1 * v1[k] + c2 * v2[k] + c3 * v3[k] + c4 * v4[k];
        }
    }

    /** to[k] = to[k] + c v[k]: the last few terms of a sum, fewer than four, one a pass. */
    static void addOne(double[] to, double c, double[] v, int n) {
        for (int k = 0; k < n; k++) {
            to[k] = to[k] + c * v[k];
        }
    }
}
