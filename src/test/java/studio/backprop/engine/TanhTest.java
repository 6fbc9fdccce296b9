package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The engine's tanh is StrictMath's, bit for bit: every branch of fdlibm's tanh and expm1. */
class TanhTest {

    private static void same(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.tanh(x)), Double.doubleToRawLongBits(Tanh.tanh(x)),
                () -> "tanh(" + x + ") = " + StrictMath.tanh(x) + ", not " + Tanh.tanh(x));
    }

    @Test
    void specialValuesAndEveryBranchsEdges() {
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p-55, 0x1p-54, 0x1p-28, 0.25,
            0.5 * Math.log(2), 0.34657359027997264, 0.5, 0.5198603854199589, 0.75, 1.0, 1.5 * Math.log(2), 2, 5,
            9.5, 10, 19.5, 20, 21.99, 22, 28, 44, 710, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN};
        for (double edge : edges) {
            for (double x = edge, k = 0; k < 40; k++, x = Math.nextUp(x)) {
                same(x);
                same(-x);
            }
            for (double x = edge, k = 0; k < 40; k++, x = Math.nextDown(x)) {
                same(x);
                same(-x);
            }
        }
    }

    @Test
    void millionsOfValuesWhereNetworksLive() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 2_000_000; k++) {
            same(random.nextDouble(-25, 25));
        }
    }

    @Test
    void millionsOfValuesOfEveryMagnitude() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 2_000_000; k++) {
            double x = Math.pow(10, random.nextDouble(-20, 2));
            same(random.nextBoolean() ? x : -x);
        }
    }
}
