package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trainer leaves the update to its {@link Optimizer}: an optimiser with a memory (the test's
 * {@link HeavyBall}) is stepped, undone with a diverged update, reported and replayed as it stands.
 */
class OptimizerSeamTest {
    private static final Architecture LINEAR = new Architecture(new int[] {1, 1, 1},
            List.of(Activation.LINEAR, Activation.LINEAR));
    private static final DataSet POINT = DataSet.of1D(new double[] {1}, new double[] {10});
    private static final Network UNIT = new Network(LINEAR, new double[][] {{1}, {1}}, new double[][] {{0}, {0}});

    private static Trainer heavyBall(Network start, DataSet data, double rate) {
        return new Trainer(start, data, rate, 0, new HeavyBall(start.architecture()));
    }

    private static Network velocity(Trainer trainer) {
        return ((HeavyBall) trainer.optimizer()).velocity(trainer.architecture());
    }

    @Test
    void anUndoneDivergenceTakesTheOptimisersVelocityBackWithTheWeights() {
        Trainer trainer = heavyBall(UNIT, POINT, 0.001);
        assertTrue(trainer.iterateSafely());
        Network weights = trainer.network();
        Network velocity = velocity(trainer);
        trainer.setLearningRate(1e154); // a finite update to weights of about 1e155, whose f overflows
        assertTrue(trainer.iterateSafely());
        assertNotEquals(velocity, velocity(trainer));

        assertFalse(trainer.iterateSafely(), "the infinite loss undoes the last update");

        assertEquals(weights, trainer.network());
        assertEquals(velocity, velocity(trainer));
    }

    @Test
    void anUpdateThatWouldOverflowLeavesTheOptimisersVelocityAsItWas() {
        Trainer trainer = heavyBall(UNIT, POINT, 0.001);
        assertTrue(trainer.iterateSafely());
        Network velocity = velocity(trainer);
        trainer.setLearningRate(Double.MAX_VALUE);

        assertFalse(trainer.iterateSafely());

        assertEquals(velocity, velocity(trainer));
    }

    @Test
    void trainingAfterAnUndoIsBitForBitTrainingThatNeverDiverged() {
        Trainer undone = heavyBall(UNIT, POINT, 0.001);
        Trainer straight = heavyBall(UNIT, POINT, 0.001);
        undone.iterateSafely();
        straight.iterateSafely();
        undone.setLearningRate(1e154);
        undone.iterateSafely();
        undone.iterateSafely();
        undone.setLearningRate(0.001);

        for (int k = 0; k < 5; k++) {
            undone.iterate();
            straight.iterate();
        }

        assertEquals(straight.network(), undone.network());
        assertEquals(straight.iteration(), undone.iteration());
    }

    @Test
    void theLastChangeIsWhatTheOptimiserAddedToEachWeight() {
        Trainer trainer = heavyBall(ChapterExample.network(), ChapterExample.data(), 0.5);
        trainer.iterate();
        Network before = trainer.network();
        trainer.iterate(); // the second update has a velocity, so its change is not -alpha g

        Network after = trainer.network();
        WeightChange change = trainer.lastChange();
        Gradient g = trainer.gradient();
        assertNotEquals(-0.5 * g.dA(2, 0, 0), change.weight(2, 0, 0));
        for (int l = 1; l <= 3; l++) {
            for (int i = 0; i < after.architecture().size(l); i++) {
                for (int j = 0; j < after.architecture().size(l - 1); j++) {
                    assertEquals(after.weight(l, i, j), before.weight(l, i, j) + change.weight(l, i, j), 0.0);
                }
                assertEquals(after.bias(l, i), before.bias(l, i) + change.bias(l, i), 0.0);
            }
        }
    }

    @Test
    void plainGradientDescentChangesEachWeightByMinusAlphaTimesItsGradientBitForBit() {
        Trainer trainer = Experiment.chapter().start();
        trainer.iterate();

        WeightChange change = trainer.lastChange();
        Gradient g = trainer.gradient();
        assertEquals(-0.01 * g.dA(1, 2, 0), change.weight(1, 2, 0), 0.0);
        assertEquals(-0.01 * g.db(3, 0), change.bias(3, 0), 0.0);
        assertEquals(WeightChange.descent(g, 0.01).weight(2, 1, 3), change.weight(2, 1, 3), 0.0);
    }

    @Test
    void theTraceOfTheNextIterationUsesTheOptimiserAsItStands() {
        Trainer trainer = heavyBall(ChapterExample.network(), ChapterExample.data(), 0.5);
        trainer.iterate(3);

        IterationTrace trace = IterationTrace.next(trainer);
        trainer.iterate();

        assertEquals(trainer.network(), trace.updated());
        assertEquals(3, trace.iteration());
        assertNotEquals(trace.updated(), IterationTrace.of(trace.before(), ChapterExample.data(), 0.5, 3).updated(),
                "a fresh optimiser would have no velocity");
    }

    @Test
    void tracingTheNextIterationLeavesTheTrainerAsItWas() {
        Trainer traced = heavyBall(ChapterExample.network(), ChapterExample.data(), 0.5);
        Trainer untouched = heavyBall(ChapterExample.network(), ChapterExample.data(), 0.5);
        traced.iterate(2);
        untouched.iterate(2);

        IterationTrace.next(traced);
        traced.iterate();
        untouched.iterate();

        assertEquals(untouched.network(), traced.network());
    }
}
