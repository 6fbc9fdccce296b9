package studio.backprop.cli;

/**
 * Full-batch gradient descent written out with nested arrays, apart from the engine: the chapter's
 * Sigma = A h + b, h = g(Sigma), dRSS/dh of the output 2 (f - y), dRSS/db = dRSS/dh g'(Sigma),
 * dRSS/dA = dRSS/db h^T, dRSS/dh of the layer below = A^T dRSS/db, summed over the points, then every
 * layer updated. Activations: "sigmoid" or "tanh" by layer.
 */
final class HandTrained {
    /** a[l][i][j] and b[l][i] for l = 0..L (the chapter's layer l + 1). */
    final double[][][] a;
    final double[][] b;
    private final String[] g;

    HandTrained(double[][][] a, double[][] b, String... activations) {
        this.a = a;
        this.b = b;
        this.g = activations;
    }

    private double act(int l, double s) {
        return g[l].equals("tanh") ? Math.tanh(s) : 1 / (1 + Math.exp(-s));
    }

    private double slope(int l, double h) {
        return g[l].equals("tanh") ? 1 - h * h : h * (1 - h);
    }

    /** Every layer's h for input x: h[0] = x. */
    double[][] forward(double[] x) {
        double[][] h = new double[a.length + 1][];
        h[0] = x;
        for (int l = 0; l < a.length; l++) {
            h[l + 1] = new double[a[l].length];
            for (int i = 0; i < a[l].length; i++) {
                double s = b[l][i];
                for (int j = 0; j < h[l].length; j++) {
                    s += a[l][i][j] * h[l][j];
                }
                h[l + 1][i] = act(l, s);
            }
        }
        return h;
    }

    void iterate(double[][] xs, double[][] ys, double alpha) {
        double[][][] dA = new double[a.length][][];
        double[][] dB = new double[a.length][];
        for (int l = 0; l < a.length; l++) {
            dA[l] = new double[a[l].length][a[l][0].length];
            dB[l] = new double[a[l].length];
        }
        for (int p = 0; p < xs.length; p++) {
            double[][] h = forward(xs[p]);
            double[] dh = new double[ys[p].length];
            for (int k = 0; k < dh.length; k++) {
                dh[k] = 2 * (h[a.length][k] - ys[p][k]);
            }
            for (int l = a.length - 1; l >= 0; l--) {
                double[] db = new double[dh.length];
                for (int i = 0; i < dh.length; i++) {
                    db[i] = dh[i] * slope(l, h[l + 1][i]);
                    dB[l][i] += db[i];
                    for (int j = 0; j < h[l].length; j++) {
                        dA[l][i][j] += db[i] * h[l][j];
                    }
                }
                double[] below = new double[h[l].length];
                for (int j = 0; j < below.length; j++) {
                    for (int i = 0; i < db.length; i++) {
                        below[j] += a[l][i][j] * db[i];
                    }
                }
                dh = below;
            }
        }
        for (int l = 0; l < a.length; l++) {
            for (int i = 0; i < a[l].length; i++) {
                b[l][i] -= alpha * dB[l][i];
                for (int j = 0; j < a[l][i].length; j++) {
                    a[l][i][j] -= alpha * dA[l][i][j];
                }
            }
        }
    }
}
