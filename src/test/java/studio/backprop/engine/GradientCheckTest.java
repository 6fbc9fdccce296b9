package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagated gradients against centred finite differences of RSS, on random networks with 1 to 4
 * hidden layers of 1 to 8 neurons and a random activation per layer, the output layer's included.
 *
 * <p>Only the difference formula is shared with {@link GradientCheck}: this test moves the weights, reads
 * the trainer's gradient and compares the two itself, so it stays an oracle for GradientCheck's pairing too.
 */
class GradientCheckTest {
    private static final double TINY = 1e-7;

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "random network {0}")
    @MethodSource("seeds")
    void backpropagationAgreesWithFiniteDifferences(long seed) {
        compareEveryWeight(seed);
    }

    @org.junit.jupiter.api.Test
    void theRandomNetworksHaveThousandsOfGradientsLargeEnoughToCompare() {
        // A network whose ReLU output is dead has nothing to compare; the others must make up for it.
        int checked = seeds().mapToInt(GradientCheckTest::compareEveryWeight).sum();
        assertTrue(checked > 2000, "only " + checked + " gradients compared");
    }

    /** Asserts every weight's gradient and returns how many were large enough to compare. */
    private static int compareEveryWeight(long seed) {
        Random random = new Random(seed);
        Network network = randomNetwork(random);
        DataSet data = randomData(random, 1 + random.nextInt(7));
        Trainer descent = new Trainer(network, data, 0.01);
        descent.iterate();
        Gradient g = descent.gradient();

        int checked = 0;
        Architecture arch = network.architecture();
        for (int l = 1; l <= arch.depth(); l++) {
            for (int i = 0; i < arch.size(l); i++) {
                for (int j = 0; j < arch.size(l - 1); j++) {
                    int row = i;
                    int col = j;
                    int layer = l;
                    double w = network.weight(l, i, j);
                    double numeric = GradientCheck.centredDifference(e -> rss(network.withWeight(layer, row, col, w + e), data));
                    checked += check(g.dA(l, i, j), numeric, arch + " a_" + l + i + j);
                }
                int row = i;
                int layer = l;
                double bias = network.bias(l, i);
                double numeric = GradientCheck.centredDifference(e -> rss(network.withBias(layer, row, bias + e), data));
                checked += check(g.db(l, i), numeric, arch + " b_" + l + i);
            }
        }
        return checked;
    }

    private static int check(double backprop, double numeric, String what) {
        double scale = Math.max(Math.abs(backprop), Math.abs(numeric));
        if (scale < TINY) {
            return 0;
        }
        double relative = Math.abs(backprop - numeric) / Math.max(scale, 1e-8);
        assertTrue(relative < 1e-6, what + ": backprop " + backprop + ", numeric " + numeric
                + ", relative error " + relative);
        return 1;
    }

    private static double rss(Network network, DataSet data) {
        return new Trainer(network, data, 0.01).rss();
    }

    static Network randomNetwork(Random random) {
        int hidden = 1 + random.nextInt(4);
        int[] sizes = new int[hidden + 2];
        sizes[0] = 1;
        sizes[hidden + 1] = 1;
        List<Activation> activations = new ArrayList<>();
        for (int l = 1; l <= hidden + 1; l++) {
            if (l <= hidden) {
                sizes[l] = 1 + random.nextInt(8);
            }
            activations.add(Activation.values()[random.nextInt(Activation.values().length)]);
        }
        // Every kind appears somewhere across the seeds; ReLU kinks are kept away from by the data check below.
        return Initialization.scaledNormal(new Architecture(sizes, activations), random.nextLong());
    }

    static DataSet randomData(Random random, int points) {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int p = 0; p < points; p++) {
            x[p] = random.nextDouble() * 2 - 1;
            y[p] = random.nextDouble();
        }
        return DataSet.of1D(x, y);
    }
}
