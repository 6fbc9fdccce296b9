package studio.backprop.engine;

/**
 * A weight penalty added once to each update's loss: lambda2 sum a^2 + lambda1 sum |a| over the weights
 * a_lij of every layer, never the biases (a bias does not make the function wiggle, so shrinking it
 * teaches nothing). Its gradient adds 2 lambda2 a + lambda1 sign(a) to dRSS/dA, with sign(0) = 0.
 *
 * @param l1 lambda1, 0 or more
 * @param l2 lambda2, 0 or more
 */
public record Penalty(double l1, double l2) {
    /** No penalty: the chapter's loss. */
    public static final Penalty NONE = new Penalty(0, 0);

    public Penalty {
        require("l1", l1);
        require("l2", l2);
    }

    private static void require(String name, double lambda) {
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("the " + name + " penalty must be a finite number, 0 or more, got "
                    + lambda);
        }
    }

    /** True when some lambda is above 0. */
    public boolean isSet() {
        return l1 > 0 || l2 > 0;
    }

    /** lambda2 sum a^2 + lambda1 sum |a| over the weights (index 0 of each array unused, as in WeightArrays). */
    public double value(double[][] weights) {
        double squares = 0;
        double magnitudes = 0;
        for (int l = 1; l < weights.length; l++) {
            for (double a : weights[l]) {
                squares += a * a;
                magnitudes += Math.abs(a);
            }
        }
        return l2 * squares + l1 * magnitudes;
    }

    /** The penalty of a network's weights. */
    public double value(Network network) {
        double[][] weights = new double[network.depth() + 1][];
        for (int l = 1; l <= network.depth(); l++) {
            weights[l] = network.weights(l);
        }
        return value(weights);
    }

    /** Adds the penalty's gradient to dRSS/dA: g += 2 lambda2 a + lambda1 sign(a). Allocates nothing. */
    void addGradient(double[][] weights, double[][] gradA) {
        double twiceL2 = 2 * l2;
        for (int l = 1; l < weights.length; l++) {
            double[] a = weights[l];
            double[] g = gradA[l];
            for (int k = 0; k < a.length; k++) {
                g[k] += twiceL2 * a[k] + l1 * Math.signum(a[k]);
            }
        }
    }
}
