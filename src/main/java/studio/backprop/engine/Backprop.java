package studio.backprop.engine;

import java.util.Arrays;

/**
 * The chapter's three steps for a tile of data points at once, on buffers made once: forward
 * propagate neuron activities, backpropagate neuron output gradients, expand them to weight
 * gradients. Arrays are indexed by the chapter's layer number l (0 = input, L+1 = output); the
 * weights {@code a[l]} are flat row-major as in {@link Network}.
 *
 * <p>Why tiles: each weight is loaded once for up to {@link #tile} points and the innermost loops run
 * over points, which the JIT vectorises. Every sum still adds its terms in the chapter's order, point
 * by point, so the numbers are bit for bit those of a one-point-at-a-time loop.
 *
 * <p>Per-neuron buffers hold neuron i of point p at {@code [l][i][p]}: one array per neuron, because the
 * JIT vectorises a loop that reads several arrays at one index, not one array at several offsets. Nothing
 * here allocates: it runs inside the training loop.
 */
final class Backprop {
    /** From this many inputs on a layer uses the blocked kernels ({@link NeuronInputs} and the others). */
    private static final int WIDE = 8;
    /** Points per pass. */
    final int tile;
    private final int depth;
    private final int[] size;
    private final Activation[] activation;
    private final Loss loss;
    private int count;
    /** Scratch for {@link WeightGradients}: a tile of h_(l-1), one array per point. */
    private final double[][] transposed;

    /** Sigma_l: the inputs of the neurons of layer l; Sigma_0 is h_0 = x, the same arrays. */
    final double[][][] sigma;
    /** h_l = sigma(Sigma_l): their outputs; h_0 = x. */
    final double[][][] h;
    /** dRSS/dh_l. */
    final double[][][] dRssDh;
    /** dRSS/db_l = dRSS/dh_l o sigma'(Sigma_l) for each point of the tile. */
    final double[][][] dRssDb;
    /**
     * dRSS/dA_l summed over the points since {@link #clearSums()}, one array per row (the JIT vectorises a loop
     * over a row only when the row is an array of its own), and dRSS/db_l.
     */
    private final double[][][] sumA;
    private final double[][] sumB;
    /** True until the first tile after {@link #clearSums()} has been summed: it writes, the others add. */
    private boolean fresh = true;

    Backprop(Architecture architecture, int tile) {
        this(architecture, Loss.RSS, tile);
    }

    Backprop(Architecture architecture, Loss loss, int tile) {
        this.tile = tile;
        this.loss = loss;
        depth = architecture.depth();
        size = architecture.sizes();
        activation = new Activation[depth + 1];
        sigma = new double[depth + 1][][];
        h = new double[depth + 1][][];
        dRssDh = new double[depth + 1][][];
        dRssDb = new double[depth + 1][][];
        sumA = new double[depth + 1][][];
        sumB = new double[depth + 1][];
        int widest = 1;
        for (int l = 0; l <= depth; l++) {
            widest = Math.max(widest, size[l]);
            h[l] = new double[size[l]][tile];
            sigma[l] = l == 0 ? h[0] : new double[size[l]][tile];
            dRssDh[l] = new double[size[l]][tile];
            dRssDb[l] = new double[size[l]][tile];
            if (l > 0) {
                activation[l] = architecture.activation(l);
                sumA[l] = new double[size[l]][size[l - 1]];
                sumB[l] = new double[size[l]];
            }
        }
        transposed = new double[tile][widest];
    }

    /**
     * Step 1 for points first .. first+count-1: Sigma_0 = h_0 = x, then for l = 1..L+1
     * Sigma_l = A_l h_(l-1) + b_l and h_l = sigma(Sigma_l).
     */
    void forward(double[][] a, double[][] b, double[] x, int first, int count) {
        this.count = count;
        int inputs = size[0];
        for (int k = 0; k < inputs; k++) {
            double[] xk = h[0][k];
            for (int p = 0; p < count; p++) {
                xk[p] = x[(first + p) * inputs + k];
            }
        }
        for (int l = 1; l <= depth; l++) {
            int cols = size[l - 1];
            if (cols >= WIDE) {
                NeuronInputs.compute(a[l], b[l], activation[l], h[l - 1], sigma[l], h[l], size[l], cols, count);
            } else {
                narrowInputs(a[l], b[l], activation[l], h[l - 1], sigma[l], h[l], size[l], cols);
            }
        }
    }

    /**
     * Sigma_li = b_li + a_li1 h_(l-1)1 + a_li2 h_(l-1)2 + ..., added in that order, for a layer of few inputs.
     * The bias joins the first term's pass and sigma the last one's: a tile of a few points is short, so
     * every pass saved counts.
     */
    private void narrowInputs(double[] al, double[] bl, Activation act, double[][] in, double[][] s, double[][] out,
                              int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            double[] si = s[i];
            double[] oi = out[i];
            int base = i * cols;
            double bias = bl[i];
            double w0 = al[base];
            double[] in0 = in[0];
            if (cols == 1) {
                for (int p = 0; p < count; p++) {
                    double sum = bias + w0 * in0[p];
                    si[p] = sum;
                    oi[p] = act.apply(sum);
                }
                continue;
            }
            for (int p = 0; p < count; p++) {
                si[p] = bias + w0 * in0[p];
            }
            for (int j = 1; j < cols - 1; j++) {
                double w = al[base + j];
                double[] inj = in[j];
                for (int p = 0; p < count; p++) {
                    si[p] += w * inj[p];
                }
            }
            double wLast = al[base + cols - 1];
            double[] inLast = in[cols - 1];
            for (int p = 0; p < count; p++) {
                double sum = si[p] + wLast * inLast[p];
                si[p] = sum;
                oi[p] = act.apply(sum);
            }
        }
    }

    /**
     * The loss summed so far plus the tile's, point by point over the outputs (after {@link #forward}): one
     * running sum through the points, as a one-point-at-a-time loop adds them, whatever the tile size.
     */
    double loss(double[] y, int first, double sumSoFar) {
        double[][] f = h[depth];
        int outputs = size[depth];
        double e = sumSoFar;
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < outputs; k++) {
                e += loss.value(f[k][p], y[(first + p) * outputs + k]);
            }
        }
        return e;
    }

    /**
     * Steps 2 and 3 together, as the chapter's closing remark on its pseudocode allows: for l = L+1 down
     * to 1, dRSS/db_l = dRSS/dh_l o sigma'(Sigma_l) (starting from dRSS/dh_(L+1) = 2 (h_(L+1) - y), the loss's derivative),
     * then dRSS/dA_l += dRSS/db_l (x) h_(l-1) and dRSS/db_l summed over the tile's points into the
     * sums since {@link #clearSums()}, and dRSS/dh_(l-1) = A_l^T dRSS/db_l for the layer below. Every sum
     * keeps the chapter's order: over points in data order, over neurons in index order.
     */
    void backpropagate(double[][] a, double[] y, int first) {
        double[][] f = h[depth];
        double[][] top = dRssDh[depth];
        int outputs = size[depth];
        for (int k = 0; k < outputs; k++) {
            for (int p = 0; p < count; p++) {
                top[k][p] = loss.derivative(f[k][p], y[(first + p) * outputs + k]);
            }
        }
        for (int l = depth; l >= 1; l--) {
            deltas(l, sumB[l]);
            int cols = size[l - 1];
            if (cols >= WIDE) {
                if (l > 1) {
                    OutputGradients.compute(a[l], dRssDb[l], dRssDh[l - 1], size[l], cols, count);
                }
                if (fresh) {
                    for (double[] row : sumA[l]) {
                        Arrays.fill(row, 0.0);
                    }
                }
                WeightGradients.add(dRssDb[l], h[l - 1], transposed, sumA[l], size[l], cols, count);
            } else {
                expandAndPropagate(a[l], l, sumA[l]);
            }
        }
        fresh = false;
    }

    /**
     * Starts the sums of dRSS/dA_l and dRSS/db_l over again from 0: the next tile's sums start from 0.0, as
     * cleared arrays would, without a pass to clear them (the chapter's example is all one tile).
     */
    void clearSums() {
        fresh = true;
    }

    /**
     * The sums, into gradA and gradB: copied when {@code add} is false, else added with one addition a value.
     * A copy is the sum 0 + s exactly, since a sum that starts from 0.0 is never -0.0.
     */
    void sumsInto(double[][] gradA, double[][] gradB, boolean add) {
        for (int l = 1; l <= depth; l++) {
            double[] ga = gradA[l];
            double[] gb = gradB[l];
            double[] sb = sumB[l];
            int cols = size[l - 1];
            for (int i = 0, rows = size[l]; i < rows; i++) {
                double[] row = sumA[l][i];
                int at = i * cols;
                // Loops, not System.arraycopy: the chapter's rows are one to four values long.
                if (add) {
                    for (int j = 0; j < cols; j++) {
                        ga[at + j] += row[j];
                    }
                    gb[i] += sb[i];
                } else {
                    for (int j = 0; j < cols; j++) {
                        ga[at + j] = row[j];
                    }
                    gb[i] = sb[i];
                }
            }
        }
    }

    /** dRSS/db_l = dRSS/dh_l o sigma'(Sigma_l) for each point, and its sum over the tile into gradB. */
    private void deltas(int l, double[] gb) {
        Activation act = activation[l];
        for (int i = 0, rows = size[l]; i < rows; i++) {
            double[] dh = dRssDh[l][i];
            double[] db = dRssDb[l][i];
            double[] s = sigma[l][i];
            double[] out = h[l][i];
            double sum = fresh ? 0.0 : gb[i];
            for (int p = 0; p < count; p++) {
                double d = dh[p] * act.derivative(s[p], out[p]);
                db[p] = d;
                sum += d;
            }
            gb[i] = sum;
        }
    }

    /**
     * Narrow layers: one pass over the tile per weight a_lij adds dRSS/db_li h_(l-1)j to its gradient and
     * a_lij dRSS/db_li to dRSS/dh_(l-1)j. A weight's sum over points is a chain of dependent additions,
     * which is fine while a layer has few weights.
     */
    private void expandAndPropagate(double[] al, int l, double[][] ga) {
        double[][] below = l > 1 ? dRssDh[l - 1] : null;
        int cols = size[l - 1];
        for (int i = 0, rows = size[l]; i < rows; i++) {
            double[] db = dRssDb[l][i];
            double[] gi = ga[i];
            for (int j = 0; j < cols; j++) {
                double[] in = h[l - 1][j];
                double w = al[i * cols + j];
                double g = fresh ? 0.0 : gi[j];
                if (below == null) {
                    for (int p = 0; p < count; p++) {
                        g += db[p] * in[p];
                    }
                } else if (i == 0) {
                    double[] down = below[j];
                    for (int p = 0; p < count; p++) {
                        double d = db[p];
                        g += d * in[p];
                        down[p] = w * d;
                    }
                } else {
                    double[] down = below[j];
                    for (int p = 0; p < count; p++) {
                        double d = db[p];
                        g += d * in[p];
                        down[p] += w * d;
                    }
                }
                gi[j] = g;
            }
        }
    }

    /** Point p's values of layer l in one of the buffers above, as a new array. */
    static double[] layer(double[][][] buffer, int l, int p) {
        double[] values = new double[buffer[l].length];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer[l][i][p];
        }
        return values;
    }
}
