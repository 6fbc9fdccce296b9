package studio.backprop.engine;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * How a sampled preset makes its data: {@code points} points drawn by its {@link Sampler} with noise of
 * standard deviation {@code noise} from {@code seed}. The same sampling always gives the same points; a
 * new seed is a new sample of the same function or shape.
 *
 * @param function what is sampled: a curve on [0, 1] ({@link #curve}) or a shape in the plane
 * @param points   how many points, 2 to {@value #MAX_POINTS}
 * @param noise    the noise's standard deviation, 0 to 1
 * @param seed     the noise's seed
 */
public record Sampling(Sampler function, int points, double noise, long seed) {
    public static final int MAX_POINTS = 10_000;

    /** Draws a preset's points; one random generator gives all the randomness, in a fixed order. */
    @FunctionalInterface
    public interface Sampler {
        DataSet sample(int points, double noise, Random random);
    }

    public Sampling {
        if (points < 2 || points > MAX_POINTS) {
            throw new IllegalArgumentException("a sample has 2 to " + MAX_POINTS + " points, got " + points);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("the noise is a standard deviation from 0 to 1, got " + noise);
        }
    }

    /**
     * A curve's points: evenly spread over [0, 1], each target the curve's value plus Gaussian noise, kept
     * within [0, 1] where a sigmoid output can reach it.
     */
    public static Sampler curve(DoubleUnaryOperator f) {
        return (points, noise, random) -> {
            double[] x = new double[points];
            double[] y = new double[points];
            for (int k = 0; k < points; k++) {
                x[k] = k / (points - 1.0);
                y[k] = noisy(f.applyAsDouble(x[k]), noise, random);
            }
            return DataSet.of1D(x, y);
        };
    }

    /** A target with noise, kept within [0, 1]; no draw at all without noise, so such data take no seed. */
    static double noisy(double clean, double noise, Random random) {
        return noise == 0 ? clean : Math.min(1, Math.max(0, clean + noise * random.nextGaussian()));
    }

    /** The points. */
    public DataSet data() {
        return function.sample(points, noise, new Random(seed));
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
