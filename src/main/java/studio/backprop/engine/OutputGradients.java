package studio.backprop.engine;

/**
 * Step 2's sum for one layer and a tile of points: dRSS/dh_(l-1)j = a_l1j dRSS/db_l1 + a_l2j dRSS/db_l2 + ...,
 * that is A_l^T dRSS/db_l, for every neuron j of the layer below and point p.
 *
 * <p>Order of the sums: the terms are added by increasing i, starting from the first term itself, one
 * rounding at a time. Four terms join each pass over the tile, so the partial sums are loaded and stored once
 * per four neurons; the innermost loop runs over points, which the JIT vectorises.
 */
final class OutputGradients {
    private OutputGradients() {
    }

    /**
     * @param a     A_l, row-major: a_lij at {@code i * cols + j}
     * @param db    dRSS/db_l: {@code db[i][p]} for neuron i and point p
     * @param below dRSS/dh_(l-1), written, laid out as {@code db}
     */
    static void compute(double[] a, double[][] db, double[][] below, int rows, int cols, int count) {
        for (int j = 0; j < cols; j++) {
            double[] dj = start(below[j], a[j], db[0], count);
            int i = 1;
            for (; i + 4 <= rows; i += 4) {
                FourTerms.add(dj, a[i * cols + j], db[i], a[(i + 1) * cols + j], db[i + 1],
                        a[(i + 2) * cols + j], db[i + 2], a[(i + 3) * cols + j], db[i + 3], count);
            }
            addOneByOne(dj, a, j, db, i, rows, cols, count);
        }
    }

    /** The first term a_l1j dRSS/db_l1 itself. */
    private static double[] start(double[] dj, double a1j, double[] d1, int count) {
        for (int p = 0; p < count; p++) {
            dj[p] = a1j * d1[p];
        }
        return dj;
    }

    /** The terms from i = from on, one a pass (the last few, fewer than four). */
    private static void addOneByOne(double[] dj, double[] a, int j, double[][] db, int from, int rows, int cols,
                                    int count) {
        for (int i = from; i < rows; i++) {
            FourTerms.addOne(dj, a[i * cols + j], db[i], count);
        }
    }
}
