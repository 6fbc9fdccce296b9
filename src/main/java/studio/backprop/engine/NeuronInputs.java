package studio.backprop.engine;

/**
 * Step 1's sum for one layer and a tile of points: Sigma_li = b_li + a_li1 h_(l-1)1 + a_li2 h_(l-1)2 + ...
 * for every neuron i and point p, then h_li = sigma(Sigma_li).
 *
 * <p>Order of the sums: each Sigma_li starts from the bias and adds its terms by increasing j, one rounding
 * at a time, exactly as the chapter writes it. Four terms join each pass over the tile
 * ({@code (((s + t1) + t2) + t3) + t4}, as Java evaluates left to right), so the partial sums are loaded
 * and stored once per four weights instead of once per weight; the innermost loop runs over points, which
 * the JIT vectorises.
 */
final class NeuronInputs {
    private NeuronInputs() {
    }

    /**
     * @param a   A_l, row-major: a_lij at {@code i * cols + j}
     * @param in  h_(l-1): {@code in[j][p]} for neuron j and point p
     * @param s   Sigma_l, written, laid out as {@code in}
     * @param out h_l, written, laid out as {@code in}
     */
    static void compute(double[] a, double[] b, Activation act, double[][] in, double[][] s, double[][] out,
                        int rows, int cols, int count) {
        for (int i = 0; i < rows; i++) {
            double[] si = start(s[i], b[i], count);
            int w = i * cols;
            int j = 0;
            for (; j + 4 <= cols; j += 4) {
                FourTerms.add(si, a[w + j], in[j], a[w + j + 1], in[j + 1], a[w + j + 2], in[j + 2],
                        a[w + j + 3], in[j + 3], count);
            }
            addOneByOne(si, a, w, in, j, cols, count);
            activate(act, si, out[i], count);
        }
    }

    private static double[] start(double[] si, double bias, int count) {
        for (int p = 0; p < count; p++) {
            si[p] = bias;
        }
        return si;
    }

    /** The terms from j = from on, one a pass (the last few, fewer than four). */
    private static void addOneByOne(double[] si, double[] a, int w, double[][] in, int from, int cols, int count) {
        for (int j = from; j < cols; j++) {
            FourTerms.addOne(si, a[w + j], in[j], count);
        }
    }

    private static void activate(Activation act, double[] si, double[] oi, int count) {
        for (int p = 0; p < count; p++) {
            oi[p] = act.apply(si[p]);
        }
    }
}
