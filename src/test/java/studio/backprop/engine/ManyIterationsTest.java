package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chapter's "Demonstration of Many Iterations": RSS, predictions and all 21 weights at every
 * checkpoint up to 1,000,000 iterations, each within half a unit of its last printed decimal
 * (the table drops trailing zeros, so "-0.15" is -0.150; RSS has 4 decimals from 10,000 on).
 */
class ManyIterationsTest {
    /** iteration, RSS, 5 predictions, then A_1, b_1, A_2 (row-major), b_2, A_3, b_3. */
    private static final double[][] TABLE = {
        {0, 1.614, 0.832, 0.978, 0.979, 0.978, 0.832,
            5, -5, 5, -5, -0.75, 1.75, -3.25, 4.25, 10, 10, 0, 0, 0, 0, 10, 10, -12.5, -12.5, 10, 10, -2.5},
        {1, 1.525, 0.812, 0.973, 0.973, 0.972, 0.801,
            4.999, -5.001, 4.993, -5.011, -0.762, 1.742, -3.258, 4.238,
            9.996, 9.996, -0.002, -0.006, -0.006, -0.002, 9.996, 9.996, -12.507, -12.507, 9.999, 9.999, -2.505},
        {2, 1.426, 0.789, 0.967, 0.965, 0.962, 0.765,
            4.999, -5.002, 4.986, -5.023, -0.774, 1.734, -3.267, 4.226,
            9.992, 9.991, -0.004, -0.012, -0.012, -0.004, 9.991, 9.992, -12.515, -12.515, 9.998, 9.998, -2.510},
        {3, 1.320, 0.764, 0.959, 0.954, 0.949, 0.725,
            4.998, -5.004, 4.978, -5.035, -0.787, 1.725, -3.276, 4.213,
            9.987, 9.986, -0.006, -0.019, -0.019, -0.006, 9.986, 9.988, -12.524, -12.524, 9.997, 9.997, -2.516},
        {10, 0.730, 0.571, 0.844, 0.816, 0.774, 0.478,
            4.992, -5.015, 4.933, -5.101, -0.873, 1.66, -3.331, 4.142,
            9.957, 9.953, -0.022, -0.064, -0.058, -0.022, 9.958, 9.959, -12.58, -12.575, 9.99, 9.991, -2.557},
        {100, 0.496, 0.362, 0.694, 0.730, 0.698, 0.356,
            5.068, -4.962, 4.965, -5.158, -0.936, 1.696, -3.249, 4.164,
            9.920, 9.862, -0.064, -0.15, -0.116, -0.074, 9.894, 9.921, -12.708, -12.683, 9.978, 9.981, -2.735},
        {1_000, 0.198, 0.199, 0.788, 0.668, 0.788, 0.202,
            5.491, -5.101, 5.343, -5.152, -0.518, 2.008, -3.081, 4.546,
            9.744, 9.666, -0.301, -0.425, -0.442, -0.301, 9.668, 9.721, -13.155, -13.170, 9.982, 9.98, -3.596},
        {10_000, 0.0239, 0.068, 0.922, 0.517, 0.915, 0.075,
            6.96, -6.033, 6.632, -5.806, -0.279, 2.766, -3.307, 5.478,
            9.88, 9.555, -0.835, -0.865, -0.932, -0.806, 9.647, 9.781, -13.763, -13.804, 10.515, 10.542, -4.759},
        {100_000, 0.0020, 0.020, 0.979, 0.501, 0.976, 0.023,
            8.407, -7.103, 7.786, -6.971, -0.523, 3.289, -3.906, 6.412,
            10.437, 9.708, -1.367, -1.063, -1.179, -1.311, 9.922, 10.416, -14.075, -14.139, 11.607, 11.800, -5.433},
        {1_000_000, 0.0002, 0.006, 0.993, 0.500, 0.993, 0.007,
            9.527, -7.895, 8.602, -7.956, -0.738, 3.651, -4.384, 7.219,
            11.006, 9.855, -1.801, -1.214, -1.405, -1.730, 10.129, 11.100, -14.323, -14.440, 12.902, 13.223, -6.178},
    };
    private static final double THREE_DECIMALS = 0.5e-3 + 1e-12;
    private static final double FOUR_DECIMALS = 0.5e-4 + 1e-12;

    private record State(double rss, double[] predictions, double[] weights) {
    }

    private static final Map<Long, State> REACHED = new LinkedHashMap<>();

    @BeforeAll
    static void trainOnceThroughEveryCheckpoint() {
        Trainer descent = new Trainer(
                ChapterExample.network(), ChapterExample.data(), ChapterExample.LEARNING_RATE);
        for (double[] row : TABLE) {
            long checkpoint = (long) row[0];
            descent.iterate(checkpoint - descent.iteration());
            REACHED.put(checkpoint, new State(descent.rss(), descent.predictions(), flatten(descent.network())));
        }
    }

    static double[] flatten(Network n) {
        double[] all = new double[0];
        for (int l = 1; l <= n.depth(); l++) {
            all = concat(concat(all, n.weights(l)), n.biases(l));
        }
        return all;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static Stream<double[]> rows() {
        return Arrays.stream(TABLE);
    }

    @ParameterizedTest(name = "after {0} iterations")
    @MethodSource("rows")
    void rssIsTheTablesAtItsPrintedPrecision(double[] row) {
        State s = REACHED.get((long) row[0]);
        assertEquals(row[1], s.rss(), row[0] >= 10_000 ? FOUR_DECIMALS : THREE_DECIMALS);
    }

    @ParameterizedTest(name = "after {0} iterations")
    @MethodSource("rows")
    void predictionsAreTheTablesToThreeDecimals(double[] row) {
        assertArrayEquals(Arrays.copyOfRange(row, 2, 7), REACHED.get((long) row[0]).predictions(), THREE_DECIMALS);
    }

    @ParameterizedTest(name = "after {0} iterations")
    @MethodSource("rows")
    void all21WeightsAreTheTablesToThreeDecimals(double[] row) {
        double[] expected = Arrays.copyOfRange(row, 7, row.length);
        assertEquals(21, expected.length);
        assertArrayEquals(expected, REACHED.get((long) row[0]).weights(), THREE_DECIMALS);
    }
}
