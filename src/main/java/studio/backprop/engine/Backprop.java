package studio.backprop.engine;

/**
 * The chapter's three steps for one data point, on buffers made once: forward propagate neuron
 * activities, backpropagate neuron output gradients, expand them to weight gradients.
 * Arrays are indexed by the chapter's layer number l (0 = input, L+1 = output); the weights
 * {@code a[l]} are flat row-major as in {@link Network}.
 *
 * <p>Nothing here allocates: it runs inside the training loop.
 */
final class Backprop {
    private final int depth;
    private final int[] size;
    private final Activation[] activation;

    /** Sigma_l: the inputs of the neurons of layer l. */
    final double[][] sigma;
    /** h_l = sigma(Sigma_l): their outputs; h_0 = x. */
    final double[][] h;
    /** dRSS/dh_l. */
    final double[][] dRssDh;
    /** dRSS/db_l = dRSS/dh_l o sigma'(Sigma_l) for this point. */
    final double[][] dRssDb;

    Backprop(Architecture architecture) {
        depth = architecture.depth();
        size = architecture.sizes();
        activation = new Activation[depth + 1];
        sigma = new double[depth + 1][];
        h = new double[depth + 1][];
        dRssDh = new double[depth + 1][];
        dRssDb = new double[depth + 1][];
        for (int l = 0; l <= depth; l++) {
            sigma[l] = new double[size[l]];
            h[l] = new double[size[l]];
            dRssDh[l] = new double[size[l]];
            dRssDb[l] = new double[size[l]];
            if (l > 0) {
                activation[l] = architecture.activation(l);
            }
        }
    }

    /** Step 1: Sigma_0 = h_0 = x; Sigma_l = A_l h_(l-1) + b_l and h_l = sigma(Sigma_l) for l = 1..L+1. */
    void forward(double[][] a, double[][] b, double[] x, int offset) {
        System.arraycopy(x, offset, sigma[0], 0, size[0]);
        System.arraycopy(x, offset, h[0], 0, size[0]);
        for (int l = 1; l <= depth; l++) {
            double[] al = a[l];
            double[] bl = b[l];
            double[] in = h[l - 1];
            double[] s = sigma[l];
            double[] out = h[l];
            Activation act = activation[l];
            int rows = size[l];
            int cols = size[l - 1];
            for (int i = 0; i < rows; i++) {
                double sum = bl[i];
                int row = i * cols;
                for (int j = 0; j < cols; j++) {
                    sum += al[row + j] * in[j];
                }
                s[i] = sum;
                out[i] = act.apply(sum);
            }
        }
    }

    /** f(x) - y summed in squares over the outputs: this point's share of RSS (after {@link #forward}). */
    double squaredError(double[] y, int offset) {
        double[] f = h[depth];
        double e = 0;
        for (int k = 0; k < f.length; k++) {
            double r = f[k] - y[offset + k];
            e += r * r;
        }
        return e;
    }

    /**
     * Step 2: dRSS/dh_(L+1) = 2 (h_(L+1) - y), then dRSS/dh_l = A_(l+1)^T (dRSS/dh_(l+1) o sigma'(Sigma_(l+1))).
     * The bracket is dRSS/db_(l+1), so it is kept for step 3 rather than computed twice
     * (the chapter's closing remark on its pseudocode).
     */
    void backward(double[][] a, double[] y, int offset) {
        double[] f = h[depth];
        double[] top = dRssDh[depth];
        for (int k = 0; k < f.length; k++) {
            top[k] = 2.0 * (f[k] - y[offset + k]);
        }
        for (int l = depth; l >= 1; l--) {
            double[] dh = dRssDh[l];
            double[] db = dRssDb[l];
            double[] s = sigma[l];
            double[] out = h[l];
            Activation act = activation[l];
            int rows = size[l];
            for (int i = 0; i < rows; i++) {
                db[i] = dh[i] * act.derivative(s[i], out[i]);
            }
            if (l > 1) {
                double[] al = a[l];
                double[] below = dRssDh[l - 1];
                int cols = size[l - 1];
                for (int j = 0; j < cols; j++) {
                    below[j] = 0.0;
                }
                for (int i = 0; i < rows; i++) {
                    double d = db[i];
                    int row = i * cols;
                    for (int j = 0; j < cols; j++) {
                        below[j] += al[row + j] * d;
                    }
                }
            }
        }
    }

    /** Step 3, summed over points: dRSS/db_l += dRSS/db_l|(x,y) and dRSS/dA_l += dRSS/db_l|(x,y) (x) h_(l-1). */
    void expandInto(double[][] gradA, double[][] gradB) {
        for (int l = 1; l <= depth; l++) {
            double[] db = dRssDb[l];
            double[] in = h[l - 1];
            double[] ga = gradA[l];
            double[] gb = gradB[l];
            int rows = size[l];
            int cols = size[l - 1];
            for (int i = 0; i < rows; i++) {
                double d = db[i];
                gb[i] += d;
                int row = i * cols;
                for (int j = 0; j < cols; j++) {
                    ga[row + j] += d * in[j];
                }
            }
        }
    }
}
