package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.OptimizerKind;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.training.TrainingSnapshot.State;

/** A run that fails says so in its snapshots, stays stopped, and starts afresh on a reset. */
class FailureStateTest {
    private final SnapshotRecorder recorder = new SnapshotRecorder();
    private final AtomicBoolean failOnce = new AtomicBoolean(true);
    private TrainingService service;

    /** A service whose first publication throws, as a broken view would. */
    private TrainingService failingAtFirst() {
        service = new TrainingService(Experiment.chapter(), s -> {
            if (failOnce.getAndSet(false)) {
                throw new IllegalStateException("the view could not take it");
            }
            recorder.accept(s);
        });
        return service;
    }

    @AfterEach
    void stop() throws InterruptedException {
        service.close();
        assertTrue(service.awaitTermination(2000));
    }

    @Test
    void aFailedRunIsMarkedFailedWithTheReason() {
        failingAtFirst();

        TrainingSnapshot s = recorder.await(TrainingSnapshot::failed, "a failed snapshot");

        assertEquals(0, s.failure().iteration());
        assertEquals("IllegalStateException: the view could not take it", s.failure().reason());
        assertTrue(s.failure().message().startsWith("Training failed at iteration 0 (IllegalStateException"));
        assertEquals(State.PAUSED, s.state());
    }

    @Test
    void aFailedRunDoesNotTrainUntilItIsReset() {
        TrainingService failed = failingAtFirst();
        recorder.await(TrainingSnapshot::failed, "a failed snapshot");

        long step = failed.step(3);
        TrainingSnapshot after = recorder.await(s -> s.commandsDone() >= step, "the step carried out");

        assertEquals(0, after.iteration());
        assertTrue(after.failed());
    }

    @Test
    void aResetClearsTheFailureAndTrainingGoesOn() {
        TrainingService failed = failingAtFirst();
        recorder.await(TrainingSnapshot::failed, "a failed snapshot");

        failed.reset();
        failed.step(2);
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 2 && x.state() == State.PAUSED, "two steps");

        assertFalse(s.failed());
        assertNull(s.failure());
    }

    @Test
    void anExperimentWhoseTrainerCannotBeMadeLeavesTheRunOnItsOldExperimentMarkedFailed() {
        OptimizerKind broken = new OptimizerKind("broken", "Broken", Map.of(), (architecture, settings) -> {
            throw new IllegalStateException("no optimiser today");
        });
        failOnce.set(false);
        service = new TrainingService(Experiment.chapter(), recorder);
        recorder.await(s -> s.iteration() == 0, "the first snapshot");
        Experiment sixPoints = new Experiment(ChapterExample.network(),
                DataSet.of1D(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, new double[] {0, 1, 0, 1, 0, 1}), 0.01,
                new OptimizerSpec(broken, Map.of()));

        service.load(sixPoints);
        TrainingSnapshot s = recorder.await(TrainingSnapshot::failed, "a failed snapshot");

        assertEquals("IllegalStateException: no optimiser today", s.failure().reason());
        assertEquals(5, s.data().size());
        assertEquals(5, s.predictions().length);
        service.reset();
        service.step(1);
        assertFalse(recorder.await(x -> x.iteration() == 1, "a step after the reset").failed());
    }

    @Test
    void aSinkThatKeepsFailingIsTriedAgainOnlyAfterAPause() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        service = new TrainingService(Experiment.chapter(), s -> {
            calls.incrementAndGet();
            throw new IllegalStateException("gone");
        });

        Thread.sleep(1500);

        assertTrue(calls.get() >= 1 && calls.get() <= 3, calls.get() + " calls in 1.5 s");
    }
}
