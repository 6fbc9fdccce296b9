package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.Fixtures;

/**
 * {@link Trainer#iterateSafely()}: the same arithmetic as {@link Trainer#iterate()}
 * while every number stays finite, and the last good weights kept when one does not.
 */
class SafeIterationTest {
    /** 1-1-1, linear on both layers: small enough to pick weights that overflow exactly where wanted. */
    private static final Architecture LINEAR = new Architecture(new int[] {1, 1, 1},
            List.of(Activation.LINEAR, Activation.LINEAR));
    /** One point: x = 1, y = 1. */
    private static final DataSet ONE_POINT = DataSet.of1D(new double[] {1}, new double[] {1});

    /** 1-1-1 linear with unit weights on the point (1, 10): f = 1, so every gradient is -18. */
    private static Trainer modest(double learningRate) {
        Network unit = new Network(LINEAR, new double[][] {{1}, {1}}, new double[][] {{0}, {0}});
        return new Trainer(unit, DataSet.of1D(new double[] {1}, new double[] {10}), learningRate);
    }

    /** A1 = 0 and b1 = 1e160, so h1 = 1e160 whatever x; f = A2 h1 + b2. */
    private static Network hugeHidden(double a2) {
        return new Network(LINEAR, new double[][] {{0}, {a2}}, new double[][] {{1e160}, {0}});
    }

    @Test
    void safeIterationsOnAFiniteRunAreBitForBitOrdinaryOnes() {
        Trainer plain = new Trainer(ChapterExample.network(), ChapterExample.data(), 0.01);
        Trainer safe = new Trainer(ChapterExample.network(), ChapterExample.data(), 0.01);
        for (int k = 0; k < 1000; k++) {
            double rss = plain.iterate();
            assertTrue(safe.iterateSafely());
            assertEquals(rss, safe.rssBeforeLastUpdate());
        }
        assertEquals(plain.network(), safe.network());
        assertEquals(1000, safe.iteration());
    }

    @Test
    void aDivergingRunStopsAtWeightsWithAFiniteLossAndAFiniteGradient() {
        Experiment diverging = Fixtures.diverging();
        Trainer descent = new Trainer(diverging.initial(), diverging.data(), diverging.learningRate());
        int applied = 0;
        while (descent.iterateSafely()) {
            applied++;
            assertTrue(applied < 10_000, "the run should diverge");
        }
        assertTrue(descent.isFinite());
        assertTrue(Double.isFinite(descent.rss()));
        Gradient g = descent.gradient();
        for (int l = 1; l <= descent.architecture().depth(); l++) {
            assertTrue(Network.allFinite(g.dA(l)) && Network.allFinite(g.db(l)), "gradient of layer " + l);
        }
        assertTrue(descent.iteration() == applied || descent.iteration() == applied - 1,
                "kept " + descent.iteration() + " of " + applied + " applied");
    }

    @Test
    void anUpdateThatWouldOverflowLeavesTheWeightsAsTheyWere() {
        // A2 = 1e-14: f = 1e146, RSS = 1e292 and dRSS/dA2 = 2 f h1 = 2e306 are finite;
        // the update A2 - 1000 * 2e306 is not.
        Network start = hugeHidden(1e-14);
        Trainer descent = new Trainer(start, ONE_POINT, 1000);

        assertFalse(descent.iterateSafely());

        assertEquals(start, descent.network());
        assertEquals(0, descent.iteration());
    }

    @Test
    void weightsWhoseLossIsNotFiniteGoBackToThoseBeforeTheLastUpdate() {
        // At the start f = 0: RSS = 1 and dRSS/dA2 = -2e160. A rate of 1e-10 makes A2 = 2e150, so
        // f = 2e310 overflows and the second iteration finds an infinite loss.
        Network start = hugeHidden(0);
        Trainer descent = new Trainer(start, ONE_POINT, 1e-10);

        assertTrue(descent.iterateSafely());
        assertFalse(descent.iterateSafely());

        assertEquals(start, descent.network());
        assertEquals(0, descent.iteration());
    }

    @Test
    void weightsWhoseGradientIsNotFiniteGoBackToThoseBeforeTheLastUpdate() {
        // A rate of 5e-171 makes A2 = 1e-10, so f = 1e150: RSS = 1e300 is finite, but
        // dRSS/dA2 = 2 (f - 1) h1 = 2e310 is not.
        Network start = hugeHidden(0);
        Trainer descent = new Trainer(start, ONE_POINT, 5e-171);

        assertTrue(descent.iterateSafely());
        assertTrue(Double.isFinite(descent.rss()));
        assertFalse(descent.iterateSafely());

        assertEquals(start, descent.network());
        assertEquals(0, descent.iteration());
    }

    @Test
    void aDivergenceOnTheFirstIterationKeepsTheStart() {
        // A2 = 1e-6: f = 1e154, RSS = 1e308 is finite but dRSS/dA2 = 2e314 is not; there is nothing to undo.
        Network start = hugeHidden(1e-6);
        Trainer descent = new Trainer(start, ONE_POINT, 0.01);

        assertFalse(descent.iterateSafely());

        assertEquals(start, descent.network());
        assertEquals(0, descent.iteration());
    }

    @Test
    void anOverflowingUpdateAfterGoodOnesKeepsTheLastGoodWeightsRatherThanUndoingOne() {
        Trainer descent = modest(0.001);
        assertTrue(descent.iterateSafely());
        Network good = descent.network();
        descent.setLearningRate(Double.MAX_VALUE); // times a gradient of about -18: past the largest double

        assertFalse(descent.iterateSafely());

        assertEquals(good, descent.network());
        assertEquals(1, descent.iteration());
    }

    @Test
    void afterAnUndoTrainingGoesOnAndALaterOverflowStillKeepsTheLastGoodWeights() {
        Trainer descent = modest(0.001);
        assertTrue(descent.iterateSafely());
        descent.setLearningRate(1e154); // a finite update to weights of about 1e155, whose f overflows
        assertTrue(descent.iterateSafely());
        assertFalse(descent.iterateSafely(), "the infinite loss undoes the last update");
        assertEquals(1, descent.iteration());

        descent.setLearningRate(0.001);
        assertTrue(descent.iterateSafely());
        assertTrue(descent.iterateSafely());
        Network good = descent.network();
        descent.setLearningRate(Double.MAX_VALUE);
        assertFalse(descent.iterateSafely());

        assertEquals(good, descent.network());
        assertTrue(descent.isFinite());
        assertEquals(3, descent.iteration());
    }

    @Test
    void aResumedTrainerHasNoUpdateToUndo() {
        Network bad = hugeHidden(1e-3); // f = 1e157: RSS overflows at once
        Trainer descent = new Trainer(bad, ONE_POINT, 0.01, 100);

        assertFalse(descent.iterateSafely());

        assertEquals(bad, descent.network());
        assertEquals(100, descent.iteration());
    }
}
