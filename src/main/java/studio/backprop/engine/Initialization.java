package studio.backprop.engine;

import java.util.Random;

/** Ways to draw starting weights for an {@link Architecture}. Same seed, same network. */
public final class Initialization {
    private Initialization() {
    }

    /** Draws one weight or bias of layer l, given the layer's fan-in and fan-out. */
    @FunctionalInterface
    private interface Draw {
        double next(Random random, int fanIn, int fanOut, boolean bias);
    }

    /**
     * Weights and biases drawn from N(0, 1) and scaled by 1 / sqrt(fan-in), so that each Sigma starts
     * with a variance near 1 whatever the layer's width.
     */
    public static Network scaledNormal(Architecture architecture, long seed) {
        return draw(architecture, seed, (random, in, out, bias) -> random.nextGaussian() * (1.0 / Math.sqrt(in)));
    }

    /**
     * Every weight and bias from N(0, sigma^2), whatever the layer's width: Exercise 2 with sigma = 1,
     * which shows what plain unscaled random weights do to wide layers.
     */
    public static Network normal(Architecture architecture, double sigma, long seed) {
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a positive finite number, got " + sigma);
        }
        return draw(architecture, seed, (random, in, out, bias) -> random.nextGaussian() * sigma);
    }

    /**
     * Xavier/Glorot uniform: weights from U(-r, r) with r = sqrt(6 / (fan-in + fan-out)), which keeps the
     * variance of the signal forward and of the gradient backward about equal through tanh-like layers;
     * biases 0, as Glorot and Bengio start them.
     */
    public static Network xavier(Architecture architecture, long seed) {
        return draw(architecture, seed, (random, in, out, bias) -> {
            double r = Math.sqrt(6.0 / (in + out));
            return bias ? 0.0 : (2 * random.nextDouble() - 1) * r;
        });
    }

    /** Layer by layer, A_l row by row and then b_l, so that a seed gives the same network on every JVM. */
    private static Network draw(Architecture architecture, long seed, Draw draw) {
        Random random = new Random(seed);
        int depth = architecture.depth();
        double[][] a = new double[depth][];
        double[][] b = new double[depth][];
        for (int l = 1; l <= depth; l++) {
            int rows = architecture.size(l);
            int cols = architecture.size(l - 1);
            a[l - 1] = new double[rows * cols];
            b[l - 1] = new double[rows];
            for (int k = 0; k < a[l - 1].length; k++) {
                a[l - 1][k] = draw.next(random, cols, rows, false);
            }
            for (int i = 0; i < rows; i++) {
                b[l - 1][i] = draw.next(random, cols, rows, true);
            }
        }
        return new Network(architecture, a, b);
    }
}
