package studio.backprop.engine;

/**
 * Step 3 for one layer and a tile of points: dRSS/da_lij += dRSS/db_li h_(l-1)j for each point p, added to
 * the gradient summed so far.
 *
 * <p>Order of the sums: each weight's gradient adds the points one at a time in data order, as a
 * one-point-at-a-time loop would. The tile of h_(l-1) is first transposed so that each point's values
 * form an array; then four points join each pass over a row of the gradient, so the row is loaded and
 * stored once per four points; the innermost loop runs over the weights of the row, which the JIT
 * vectorises.
 */
final class WeightGradients {
    private WeightGradients() {
    }

    /**
     * @param db         dRSS/db_l: {@code db[i][p]} for neuron i and point p
     * @param in         h_(l-1), laid out as {@code db}
     * @param transposed scratch of at least {@code count} arrays of {@code cols}: h_(l-1) by point
     * @param ga         dRSS/dA_l, one array per row, added to
     */
    static void add(double[][] db, double[][] in, double[][] transposed, double[][] ga, int rows, int cols,
                    int count) {
        for (int j = 0; j < cols; j++) {
            double[] hj = in[j];
            for (int p = 0; p < count; p++) {
                transposed[p][j] = hj[p];
            }
        }
        for (int i = 0; i < rows; i++) {
            double[] di = db[i];
            int p = 0;
            for (; p + 4 <= count; p += 4) {
                FourTerms.add(ga[i], di[p], transposed[p], di[p + 1], transposed[p + 1], di[p + 2], transposed[p + 2],
                        di[p + 3], transposed[p + 3], cols);
            }
            addOneByOne(ga[i], di, transposed, p, cols, count);
        }
    }

    /** The points from p = from on, one a pass (the last few, fewer than four). */
    private static void addOneByOne(double[] gi, double[] di, double[][] transposed, int from, int cols, int count) {
        for (int p = from; p < count; p++) {
            FourTerms.addOne(gi, di[p], transposed[p], cols);
        }
    }
}
