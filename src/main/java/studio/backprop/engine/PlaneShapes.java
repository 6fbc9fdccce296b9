package studio.backprop.engine;

import java.util.Random;

/**
 * Two-input data in the square [-1, 1]^2, as TF Playground draws its four (scaled from its [-6, 6]):
 * classes are targets 0 and 1, for a sigmoid output. Noise moves each point by a Gaussian of that
 * standard deviation after its class is decided, so classes come to overlap as it grows; the saddle's
 * noise goes on its target instead, as a curve's does.
 */
public final class PlaneShapes {
    private PlaneShapes() {
    }

    /** Class 1 in a disc of radius 0.5 about the centre, class 0 in the ring from 0.7 to 1; half each. */
    public static DataSet circle(int points, double noise, Random random) {
        Points out = new Points(points);
        for (int k = 0; k < points; k++) {
            boolean inside = k % 2 == 0;
            double r = inside ? 0.5 * random.nextDouble() : 0.7 + 0.3 * random.nextDouble();
            double angle = 2 * Math.PI * random.nextDouble();
            out.add(r * Math.cos(angle), r * Math.sin(angle), inside ? 1 : 0, noise, random);
        }
        return out.data();
    }

    /** Class 1 where x1 and x2 have the same sign, 0 where not; points kept 0.05 off the axes. */
    public static DataSet xor(int points, double noise, Random random) {
        Points out = new Points(points);
        for (int k = 0; k < points; k++) {
            double x1 = offAxis(2 * random.nextDouble() - 1);
            double x2 = offAxis(2 * random.nextDouble() - 1);
            out.add(x1, x2, x1 * x2 > 0 ? 1 : 0, noise, random);
        }
        return out.data();
    }

    /** Two round clusters of standard deviation 0.15: class 1 about (0.4, 0.4), class 0 about (-0.4, -0.4). */
    public static DataSet gauss(int points, double noise, Random random) {
        Points out = new Points(points);
        for (int k = 0; k < points; k++) {
            double centre = k % 2 == 0 ? 0.4 : -0.4;
            out.add(centre + 0.15 * random.nextGaussian(), centre + 0.15 * random.nextGaussian(), k % 2 == 0 ? 1 : 0,
                    noise, random);
        }
        return out.data();
    }

    /**
     * Two arms winding out from the centre, 1.75 turns each, one the other turned by half a turn: class 1
     * and class 0, point i of n/2 at radius i / (n/2).
     */
    public static DataSet spiral(int points, double noise, Random random) {
        Points out = new Points(points);
        int arm = (points + 1) / 2;
        for (int k = 0; k < points; k++) {
            int i = k / 2;
            double r = (double) i / arm;
            double angle = 1.75 * 2 * Math.PI * i / arm + (k % 2 == 0 ? 0 : Math.PI);
            out.add(r * Math.cos(angle), r * Math.sin(angle), k % 2 == 0 ? 1 : 0, noise, random);
        }
        return out.data();
    }

    /** A smooth surface, 0.5 + 0.4 x1 x2, at points spread evenly at random: regression, not classes. */
    public static DataSet saddle(int points, double noise, Random random) {
        Points out = new Points(points);
        for (int k = 0; k < points; k++) {
            double x1 = 2 * random.nextDouble() - 1;
            double x2 = 2 * random.nextDouble() - 1;
            out.add(x1, x2, Sampling.noisy(0.5 + 0.4 * x1 * x2, noise, random), 0, random);
        }
        return out.data();
    }

    private static double offAxis(double v) {
        return v + (v >= 0 ? 0.05 : -0.05) * (1 - Math.abs(v));
    }

    /** Points gathered flat, each moved by the noise (no draw without noise). */
    private static final class Points {
        private final double[] x;
        private final double[] y;
        private int n;

        Points(int points) {
            x = new double[2 * points];
            y = new double[points];
        }

        void add(double x1, double x2, double target, double noise, Random random) {
            x[2 * n] = noise == 0 ? x1 : x1 + noise * random.nextGaussian();
            x[2 * n + 1] = noise == 0 ? x2 : x2 + noise * random.nextGaussian();
            y[n++] = target;
        }

        DataSet data() {
            return new DataSet(2, 1, x, y);
        }
    }
}
