package studio.backprop.engine;

import java.util.Random;

/** Ways to draw starting weights for an {@link Architecture}. */
public final class Initialization {
    private Initialization() {
    }

    /**
     * Weights and biases drawn from N(0, 1) and scaled by 1 / sqrt(fan-in), so that each Sigma starts
     * with a variance near 1 whatever the layer's width. Same seed, same network.
     */
    public static Network scaledNormal(Architecture architecture, long seed) {
        Random random = new Random(seed);
        int depth = architecture.depth();
        double[][] a = new double[depth][];
        double[][] b = new double[depth][];
        for (int l = 1; l <= depth; l++) {
            int rows = architecture.size(l);
            int cols = architecture.size(l - 1);
            double scale = 1.0 / Math.sqrt(cols);
            a[l - 1] = new double[rows * cols];
            b[l - 1] = new double[rows];
            for (int k = 0; k < a[l - 1].length; k++) {
                a[l - 1][k] = random.nextGaussian() * scale;
            }
            for (int i = 0; i < rows; i++) {
                b[l - 1][i] = random.nextGaussian() * scale;
            }
        }
        return new Network(architecture, a, b);
    }
}
