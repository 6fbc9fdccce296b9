package studio.backprop.engine;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * How a function preset makes its data: {@code points} evenly spread over [0, 1], each target the
 * function's value plus Gaussian noise of standard deviation {@code noise} drawn from {@code seed}, kept
 * within [0, 1] where a sigmoid output can reach it. The same sampling always gives the same points; a
 * new seed is a new sample of the same curve.
 *
 * @param function the curve sampled, on [0, 1]
 * @param points   how many points, 2 to {@value #MAX_POINTS}
 * @param noise    the noise's standard deviation, 0 to 1
 * @param seed     the noise's seed
 */
public record Sampling(DoubleUnaryOperator function, int points, double noise, long seed) {
    public static final int MAX_POINTS = 10_000;

    public Sampling {
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("a sample has 2 to " + MAX_POINTS + " points, got " + points);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("the noise is a standard deviation from 0 to 1, got " + noise);
        }
    }

    /** The points. */
    public DataSet data() {
        Random random = new Random(seed);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int k = 0; k < points; k++) {
            x[k] = k / (points - 1.0);
            double clean = function.applyAsDouble(x[k]);
            y[k] = noise == 0 ? clean : Math.min(1, Math.max(0, clean + noise * random.nextGaussian()));
        }
        return DataSet.of1D(x, y);
    }

    public Sampling withPoints(int n) {
        return new Sampling(function, n, noise, seed);
    }

    public Sampling withNoise(double sd) {
        return new Sampling(function, points, sd, seed);
    }

    public Sampling withSeed(long s) {
        return new Sampling(function, points, noise, s);
    }
}
