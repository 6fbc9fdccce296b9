package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Momentum and Adam on the chapter's network, against updates written out by hand in the test. */
class MomentumAndAdamTest {
    private static final Network START = ChapterExample.network();
    private static final DataSet DATA = ChapterExample.data();
    private static final double ALPHA = 0.01;

    private static Trainer trainer(String id, Map<String, Double> settings) {
        return new Experiment(START, DATA, ALPHA, OptimizerSpec.of(id, settings)).start();
    }

    @Test
    void momentumAddsTheGradientToTheDecayedVelocityAndStepsAlongIt() {
        double mu = 0.9;
        Trainer trainer = trainer("momentum", Map.of("mu", mu));
        double[] w = Updates.flat(START);
        double[] v = new double[w.length];
        for (int t = 0; t < 4; t++) {
            double[] g = Updates.gradient(Updates.network(START.architecture(), w), DATA);
            for (int k = 0; k < w.length; k++) {
                v[k] = mu * v[k] + g[k];
                w[k] = w[k] - ALPHA * v[k];
            }
            trainer.iterate();
        }
        assertArrayEquals(w, Updates.flat(trainer.network()), 0.0);
    }

    @Test
    void momentumWithMuZeroIsTheChaptersGradientDescentBitForBit() {
        Trainer momentum = trainer("momentum", Map.of("mu", 0.0));
        Trainer chapter = Experiment.chapter().start();
        momentum.iterate(50);
        chapter.iterate(50);
        assertEquals(chapter.network(), momentum.network());
    }

    @Test
    void adamFollowsItsFormulasWithTheBiasCorrectionDividing() {
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        Trainer trainer = trainer("adam", Map.of());
        double[] w = Updates.flat(START);
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        for (int t = 1; t <= 4; t++) {
            double[] g = Updates.gradient(Updates.network(START.architecture(), w), DATA);
            for (int k = 0; k < w.length; k++) {
                m[k] = b1 * m[k] + (1 - b1) * g[k];
                v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k];
                double mhat = m[k] / (1 - Math.pow(b1, t));
                double vhat = v[k] / (1 - Math.pow(b2, t));
                w[k] = w[k] - ALPHA * mhat / (Math.sqrt(vhat) + eps);
            }
            trainer.iterate();
        }
        assertArrayEquals(w, Updates.flat(trainer.network()), 1e-15);
    }

    @Test
    void adamsFirstUpdateMovesEveryWeightWithAGradientByAlmostExactlyAlpha() {
        Trainer trainer = trainer("adam", Map.of());
        double[] g = Updates.gradient(START, DATA);
        double[] before = Updates.flat(START);

        trainer.iterate();

        double[] after = Updates.flat(trainer.network());
        for (int k = 0; k < before.length; k++) {
            if (Math.abs(g[k]) > 1e-6) {
                assertEquals(ALPHA, Math.abs(after[k] - before[k]), ALPHA * 1e-3, "parameter " + k);
                assertEquals(-Math.signum(g[k]), Math.signum(after[k] - before[k]), "parameter " + k + " goes downhill");
            }
        }
    }

    @Test
    void aMemoryOfTheWrongShapeIsRefusedByName() {
        Optimizer adam = OptimizerSpec.of("adam", Map.of()).create(START.architecture());
        Optimizer small = OptimizerSpec.of("adam", Map.of()).create(Architecture.sigmoid(1, 2, 1));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> adam.restore(small.memory()));
        assertTrue(e.getMessage().contains("\"m\" does not fit"), e.getMessage());
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedWhereTheyAreGiven() {
        for (var bad : Map.of("momentum", Map.of("mu", 1.0), "adam", Map.of("beta2", -0.1))
                .entrySet()) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> OptimizerSpec.of(bad.getKey(), bad.getValue()));
            assertTrue(e.getMessage().contains("must lie in [0, 1)"), e.getMessage());
        }
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.of("adam", Map.of("epsilon", 0.0))).getMessage().contains("epsilon"));
    }
}
