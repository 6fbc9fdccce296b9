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
 * <p>Per-neuron buffers hold neuron i of point p at {@code i * tile + p}. Nothing here allocates: it
 * runs inside the training loop.
 */
final class Backprop {
    /** Points per pass. */
    final int tile;
    private final int depth;
    private final int[] size;
    private final Activation[] activation;
    private final Loss loss;
    private int count;
    /** Scratch for {@link #expandWide}: a tile of h_(l-1), point-major. */
    private final double[] transposed;

    /** Sigma_l: the inputs of the neurons of layer l. */
    final double[][] sigma;
    /** h_l = sigma(Sigma_l): their outputs; h_0 = x. */
    final double[][] h;
    /** dRSS/dh_l. */
    final double[][] dRssDh;
    /** dRSS/db_l = dRSS/dh_l o sigma'(Sigma_l) for each point of the tile. */
    final double[][] dRssDb;

    Backprop(Architecture architecture, int tile) {
        this(architecture, Loss.RSS, tile);
    }

    Backprop(Architecture architecture, Loss loss, int tile) {
        this.tile = tile;
        this.loss = loss;
        depth = architecture.depth();
        size = architecture.sizes();
        activation = new Activation[depth + 1];
        sigma = new double[depth + 1][];
        h = new double[depth + 1][];
        dRssDh = new double[depth + 1][];
        dRssDb = new double[depth + 1][];
        transposed = new double[Arrays.stream(size).max().orElse(1) * tile];
        for (int l = 0; l <= depth; l++) {
            sigma[l] = new double[size[l] * tile];
            h[l] = new double[size[l] * tile];
            dRssDh[l] = new double[size[l] * tile];
            dRssDb[l] = new double[size[l] * tile];
            if (l > 0) {
                activation[l] = architecture.activation(l);
            }
        }
    }

    /**
     * Step 1 for points first .. first+count-1: Sigma_0 = h_0 = x, then for l = 1..L+1
     * Sigma_l = A_l h_(l-1) + b_l and h_l = sigma(Sigma_l).
     */
    void forward(double[][] a, double[][] b, double[] x, int first, int count) {
        this.count = count;
        int inputs = size[0];
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < inputs; k++) {
                double xk = x[(first + p) * inputs + k];
                sigma[0][k * tile + p] = xk;
                h[0][k * tile + p] = xk;
            }
        }
        for (int l = 1; l <= depth; l++) {
            double[] al = a[l];
            double[] bl = b[l];
            double[] in = h[l - 1];
            double[] s = sigma[l];
            double[] out = h[l];
            Activation act = activation[l];
            int cols = size[l - 1];
            for (int i = 0, rows = size[l]; i < rows; i++) {
                // Sigma_li = b_li + a_li1 h_(l-1)1 + a_li2 h_(l-1)2 + ..., added in that order. The bias joins
                // the first term's pass and sigma the last one's: a tile of a few points is short, so
                // every pass saved counts.
                int row = i * tile;
                int base = i * cols;
                double bias = bl[i];
                double w0 = al[base];
                if (cols == 1) {
                    for (int p = 0; p < count; p++) {
                        double sum = bias + w0 * in[p];
                        s[row + p] = sum;
                        out[row + p] = act.apply(sum);
                    }
                    continue;
                }
                for (int p = 0; p < count; p++) {
                    s[row + p] = bias + w0 * in[p];
                }
                for (int j = 1; j < cols - 1; j++) {
                    double w = al[base + j];
                    int col = j * tile;
                    for (int p = 0; p < count; p++) {
                        s[row + p] += w * in[col + p];
                    }
                }
                double wLast = al[base + cols - 1];
                int last = (cols - 1) * tile;
                for (int p = 0; p < count; p++) {
                    double sum = s[row + p] + wLast * in[last + p];
                    s[row + p] = sum;
                    out[row + p] = act.apply(sum);
                }
            }
        }
    }

    /** The tile's share of the loss, summed point by point over the outputs (after {@link #forward}). */
    double loss(double[] y, int first) {
        double[] f = h[depth];
        int outputs = size[depth];
        double e = 0;
        for (int p = 0; p < count; p++) {
            for (int k = 0; k < outputs; k++) {
                e += loss.value(f[k * tile + p], y[(first + p) * outputs + k]);
            }
        }
        return e;
    }

    /**
     * Steps 2 and 3 together, as the chapter's closing remark on its pseudocode allows: for l = L+1 down
     * to 1, dRSS/db_l = dRSS/dh_l o sigma'(Sigma_l) (starting from dRSS/dh_(L+1) = 2 (h_(L+1) - y), the loss's derivative),
     * then dRSS/dA_l += dRSS/db_l (x) h_(l-1) and dRSS/db_l summed over the tile's points into the
     * gradient, and dRSS/dh_(l-1) = A_l^T dRSS/db_l for the layer below. Every sum keeps the chapter's
     * order: over points in data order, over neurons in index order.
     */
    void backpropagate(double[][] a, double[] y, int first, double[][] gradA, double[][] gradB) {
        double[] f = h[depth];
        double[] top = dRssDh[depth];
        int outputs = size[depth];
        for (int k = 0; k < outputs; k++) {
            for (int p = 0; p < count; p++) {
                top[k * tile + p] = loss.derivative(f[k * tile + p], y[(first + p) * outputs + k]);
            }
        }
        for (int l = depth; l >= 1; l--) {
            deltas(l, gradB[l]);
            int cols = size[l - 1];
            if (cols >= WIDE) {
                if (l > 1) {
                    propagateDown(a[l], l);
                }
                expandWide(dRssDb[l], h[l - 1], gradA[l], size[l], cols);
            } else {
                expandAndPropagate(a[l], l, gradA[l]);
            }
        }
    }

    /** dRSS/db_l = dRSS/dh_l o sigma'(Sigma_l) for each point, and its sum over the tile into gradB. */
    private void deltas(int l, double[] gb) {
        double[] dh = dRssDh[l];
        double[] db = dRssDb[l];
        double[] s = sigma[l];
        double[] out = h[l];
        Activation act = activation[l];
        for (int i = 0, rows = size[l]; i < rows; i++) {
            int row = i * tile;
            double sum = gb[i];
            for (int p = 0; p < count; p++) {
                double d = dh[row + p] * act.derivative(s[row + p], out[row + p]);
                db[row + p] = d;
                sum += d;
            }
            gb[i] = sum;
        }
    }

    /** Below this many inputs a layer's weight gradients are summed point by point per weight. */
    private static final int WIDE = 8;

    /**
     * Narrow layers: one pass over the tile per weight a_lij adds dRSS/db_li h_(l-1)j to its gradient and
     * a_lij dRSS/db_li to dRSS/dh_(l-1)j. A weight's sum over points is a chain of dependent additions,
     * which is fine while a layer has few weights.
     */
    private void expandAndPropagate(double[] al, int l, double[] ga) {
        double[] db = dRssDb[l];
        double[] in = h[l - 1];
        double[] below = l > 1 ? dRssDh[l - 1] : null;
        int cols = size[l - 1];
        for (int i = 0, rows = size[l]; i < rows; i++) {
            int row = i * tile;
            for (int j = 0; j < cols; j++) {
                int col = j * tile;
                double w = al[i * cols + j];
                double g = ga[i * cols + j];
                if (below == null) {
                    for (int p = 0; p < count; p++) {
                        g += db[row + p] * in[col + p];
                    }
                } else if (i == 0) {
                    for (int p = 0; p < count; p++) {
                        double d = db[row + p];
                        g += d * in[col + p];
                        below[col + p] = w * d;
                    }
                } else {
                    for (int p = 0; p < count; p++) {
                        double d = db[row + p];
                        g += d * in[col + p];
                        below[col + p] += w * d;
                    }
                }
                ga[i * cols + j] = g;
            }
        }
    }

    /** Wide layers: dRSS/dh_(l-1) = A_l^T dRSS/db_l, the innermost loop over points so it vectorises. */
    private void propagateDown(double[] al, int l) {
        double[] db = dRssDb[l];
        double[] below = dRssDh[l - 1];
        int rows = size[l];
        int cols = size[l - 1];
        for (int j = 0; j < cols; j++) {
            int col = j * tile;
            double w0 = al[j];
            for (int p = 0; p < count; p++) {
                below[col + p] = w0 * db[p];
            }
            for (int i = 1; i < rows; i++) {
                double w = al[i * cols + j];
                int row = i * tile;
                for (int p = 0; p < count; p++) {
                    below[col + p] += w * db[row + p];
                }
            }
        }
    }

    /**
     * Wide layers: the tile of h_(l-1) is transposed so that for each point a whole row of dRSS/dA_l is
     * updated at once, a loop the JIT vectorises; each weight still adds the points in order.
     */
    private void expandWide(double[] db, double[] in, double[] ga, int rows, int cols) {
        for (int j = 0; j < cols; j++) {
            for (int p = 0; p < count; p++) {
                transposed[p * cols + j] = in[j * tile + p];
            }
        }
        for (int i = 0; i < rows; i++) {
            int row = i * tile;
            int gaRow = i * cols;
            for (int p = 0; p < count; p++) {
                double d = db[row + p];
                int hp = p * cols;
                for (int j = 0; j < cols; j++) {
                    ga[gaRow + j] += d * transposed[hp + j];
                }
            }
        }
    }

    /** Value of neuron i of point p of the tile in one of the buffers above. */
    double at(double[][] buffer, int l, int i, int p) {
        return buffer[l][i * tile + p];
    }
}
