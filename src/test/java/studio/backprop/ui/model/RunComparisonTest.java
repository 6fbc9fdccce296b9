package studio.backprop.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.Variants;
import studio.backprop.engine.WeightInit;
import studio.backprop.training.TrainingSnapshot;

/** A comparison: runs of one experiment that differ in one setting, commanded together, each bit for bit its own. */
class RunComparisonTest {
    private final StandInFxThread fxThread = new StandInFxThread();
    private final StudioModel studio = new StudioModel(Experiment.chapter(), fxThread);

    @AfterEach
    void close() throws InterruptedException {
        studio.close();
        assertTrue(studio.awaitTermination(2000), "every run's thread ends");
        fxThread.close();
    }

    private TrainingSnapshot await(String what, Supplier<TrainingSnapshot> read, Predicate<TrainingSnapshot> condition)
            throws Exception {
        return fxThread.await(what, read, condition);
    }

    private void compareTheLadder() throws Exception {
        fxThread.submit(() -> studio.comparison().compare(Experiment.chapter(), Variants.ladder(0.1))).get();
    }

    private Run run(int k) throws Exception {
        return fxThread.submit(() -> studio.runs().get(k)).get();
    }

    @Test
    void aLadderOfLearningRatesMakesThreeRunsTheFirstOfThemTheExperimentsOwn() throws Exception {
        compareTheLadder();

        assertEquals(3, studio.runs().size());
        assertEquals(List.of("α = 0.1", "α = 0.01", "α = 1"),
                studio.comparison().variants().stream().map(v -> v.label()).toList());
        assertEquals(0.01, await("run 2's first snapshot", run(1)::getSnapshot, s -> s.learningRate() == 0.01)
                .learningRate());
        assertEquals(0.1, await("run 1 at its variant", run(0)::getSnapshot, s -> s.learningRate() == 0.1)
                .learningRate());
        assertSame(run(0), studio.activeRun());
    }

    @Test
    void stepGoesToEveryRunAndEachIsBitForBitItsOwnTraining() throws Exception {
        compareTheLadder();

        fxThread.submit(() -> studio.step(40)).get();

        double[] rates = {0.1, 0.01, 1};
        for (int k = 0; k < 3; k++) {
            TrainingSnapshot s = await("run " + (k + 1) + " at 40", run(k)::getSnapshot, x -> x.iteration() == 40);
            Trainer alone = Experiment.chapter().withLearningRate(rates[k]).start();
            alone.iterate(40);
            assertEquals(alone.network(), s.network(), "run " + (k + 1));
        }
    }

    @Test
    void anEditOfTheDataReachesEveryRun() throws Exception {
        compareTheLadder();
        fxThread.submit(() -> studio.step(5)).get();
        await("run 3 at 5", run(2)::getSnapshot, x -> x.iteration() == 5);
        DataSet six = DataSet.of1D(new double[] {0, 0.25, 0.5, 0.75, 1, 0.6}, new double[] {0, 1, 0.5, 1, 0, 0.2});
        Experiment edited = new Experiment(ChapterExample.network(), six, 0.1);

        fxThread.submit(() -> studio.resume(edited, studio.getSnapshot().network(), 5, null,
                studio.getSnapshot().beyond().position(), studio.getSnapshot().lossRecord())).get();

        for (int k = 0; k < 3; k++) {
            TrainingSnapshot s = await("run " + (k + 1) + " on six points", run(k)::getSnapshot,
                    x -> x.data().size() == 6);
            assertEquals(5, s.iteration(), "run " + (k + 1) + " goes on from where it was");
        }
        assertEquals(1.0, await("run 3 keeps its rate", run(2)::getSnapshot, x -> x.data().size() == 6).learningRate());
    }

    @Test
    void seedsStartEachRunFromItsOwnDrawOfTheWeights() throws Exception {
        Experiment exercise2 = Presets.get("exercise2").experiment();
        fxThread.submit(() -> studio.comparison().compare(exercise2,
                Variants.seedsFrom(Presets.get("exercise2").init()))).get();

        for (int k = 0; k < 3; k++) {
            long seed = Presets.EXERCISE2_SEED + k;
            TrainingSnapshot s = await("run " + (k + 1) + " from seed " + seed, run(k)::getSnapshot,
                    x -> x.initial().equals(WeightInit.normal(1.0, seed)
                            .draw(exercise2.initial().architecture())));
            assertEquals(0, s.iteration());
        }
    }

    @Test
    void removingARunLeavesTheOthersAndTheLastButOneEndsTheComparison() throws Exception {
        compareTheLadder();
        Run third = run(2);

        fxThread.submit(() -> studio.comparison().remove(third)).get();

        assertEquals(2, studio.runs().size());
        assertEquals(2, studio.comparison().variants().size());
        fxThread.submit(() -> studio.comparison().remove(studio.runs().get(1))).get();
        assertFalse(studio.comparison().active());
        assertEquals(List.of(), studio.comparison().comparedProperty().get());
        assertThrows(IllegalArgumentException.class, () -> studio.comparison().remove(studio.runs().get(0)));
    }

    @Test
    void keepingARunEndsTheComparisonWithThatRunAlone() throws Exception {
        compareTheLadder();
        Run second = run(1);

        fxThread.submit(() -> studio.comparison().keepOnly(second)).get();

        assertEquals(List.of(second), studio.runs());
        assertSame(second, studio.activeRun());
        assertFalse(studio.comparison().active());
    }
}
