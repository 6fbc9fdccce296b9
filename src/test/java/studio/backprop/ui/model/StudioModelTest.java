package studio.backprop.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.Fixtures;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.training.TrainingSnapshot;

/** The view model without the FX toolkit: a single-thread executor stands in for the FX thread. */
class StudioModelTest {
    private final StandInFxThread fxThread = new StandInFxThread();
    private final StudioModel model = new StudioModel(Experiment.chapter(), fxThread);

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000));
        fxThread.close();
    }

    private TrainingSnapshot await(String what, Predicate<TrainingSnapshot> condition) throws Exception {
        return fxThread.await(what, model::getSnapshot, condition);
    }

    @Test
    void stepShowsTheNextIterationAndRunningFollowsTheState() throws Exception {
        await("the first snapshot", s -> s.iteration() == 0);
        model.step();
        await("one step", s -> s.iteration() == 1 && !s.running());
        assertFalse(fxThread.submit(() -> model.runningProperty().get()).get());
        model.run();
        await("running", TrainingSnapshot::running);
        assertTrue(fxThread.submit(() -> model.runningProperty().get()).get());
    }

    @Test
    void upDoublesTheLearningRateButNeverBeyondTen() throws Exception {
        await("the first snapshot", s -> s.iteration() == 0);
        fxThread.submit(() -> model.scaleLearningRate(2)).get();
        await("0.02", s -> s.learningRate() == 0.02);
        model.setLearningRate(8);
        await("8", s -> s.learningRate() == 8);
        fxThread.submit(() -> model.scaleLearningRate(2)).get();
        await("10", s -> s.learningRate() == 10);
    }

    @Test
    void theSelectedPointStaysInsideSmallerData() throws Exception {
        await("the first snapshot", s -> s.iteration() == 0);
        fxThread.submit(() -> model.selectedPointProperty().set(4)).get();
        model.load(new Experiment(ChapterExample.network(),
                DataSet.of1D(new double[] {0, 1}, new double[] {0, 1}), 0.01));
        await("two points", s -> s.data().size() == 2);
        assertEquals(1, fxThread.submit(() -> model.selectedPointProperty().get()).get());
    }

    @Test
    void aDismissedDivergenceStaysHiddenUntilTheNextOne() throws Exception {
        await("the first snapshot", s -> s.iteration() == 0);
        model.load(Fixtures.diverging());
        model.run();
        await("divergence", s -> s.divergence() != null);
        fxThread.submit(model::dismissDivergence).get();
        model.setLearningRate(0.01);
        assertNull(fxThread.submit(() -> model.divergenceProperty().get()).get());
        fxThread.submit(() -> { }).get();
        assertNull(fxThread.submit(() -> model.divergenceProperty().get()).get());
    }
}
