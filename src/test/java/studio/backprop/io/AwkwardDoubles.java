package studio.backprop.io;

import java.util.Random;

/** Doubles that trip up naive printing: repeating fractions, extremes, subnormals, -0.0 and random bit patterns. */
final class AwkwardDoubles {
    static final double[] FIXED = {0.1, 1 / 3.0, Math.PI * 1e-300, -0.0, 0.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, 1e308, Double.MAX_VALUE, -Double.MAX_VALUE, 5, -12.5, 1e22, 1e23, 2e-3, 123456789012345678.0,
        0.30000000000000004, 4.35, 9007199254740993.0};

    private AwkwardDoubles() {
    }

    /** The fixed values, then finite doubles from random bit patterns (seeded, so failures repeat). */
    static double[] sample(int count) {
        double[] values = new double[count];
        Random random = new Random(20240611L);
        for (int k = 0; k < count; k++) {
            if (k < FIXED.length) {
                values[k] = FIXED[k];
            } else {
                double d;
                do {
                    d = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(d));
                values[k] = d;
            }
        }
        return values;
    }

    static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int k = 0; k < values.length; k++) {
            bits[k] = Double.doubleToRawLongBits(values[k]);
        }
        return bits;
    }
}
