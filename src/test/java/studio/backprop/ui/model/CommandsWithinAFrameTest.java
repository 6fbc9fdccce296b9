package studio.backprop.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Experiment;
import studio.backprop.training.TrainingSnapshot;

/**
 * Keys pressed twice before the next snapshot reaches the screen count twice. The test thread plays the
 * FX thread: snapshots reach the view model only when the test lets them through.
 */
class CommandsWithinAFrameTest {
    private final Queue<Runnable> fxThread = new ConcurrentLinkedQueue<>();
    private final StudioModel model = new StudioModel(Experiment.chapter(), fxThread::add);

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000));
    }

    /** Lets snapshots through until one satisfies the condition. */
    private TrainingSnapshot shown(String what, Predicate<TrainingSnapshot> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            for (Runnable task = fxThread.poll(); task != null; task = fxThread.poll()) {
                task.run();
            }
            TrainingSnapshot s = model.getSnapshot();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    @Test
    void upPressedTwiceBeforeTheNextSnapshotDoublesTheRateTwice() throws InterruptedException {
        shown("the first snapshot", s -> s.learningRate() == 0.01);

        model.scaleLearningRate(2);
        model.scaleLearningRate(2);

        TrainingSnapshot s = shown("both commands done", t -> t.commandsDone() >= 2);
        assertEquals(0.04, s.learningRate(), 1e-15);
    }

    @Test
    void spacePressedTwiceBeforeTheNextSnapshotRunsAndPausesAgain() throws InterruptedException {
        shown("the first snapshot", s -> !s.running());

        model.toggleRun();
        model.toggleRun();

        TrainingSnapshot s = shown("both commands done", t -> t.commandsDone() >= 2);
        assertFalse(s.running());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void onceASnapshotShowsTheCommandsDoneItIsTheOneToGoBy() throws InterruptedException {
        shown("the first snapshot", s -> !s.running());
        model.step(); // expected to run, until the snapshot shows the step done and paused
        shown("the step done", t -> t.commandsDone() >= 1 && t.iteration() == 1 && !t.running());

        model.toggleRun();

        assertTrue(shown("running", TrainingSnapshot::running).running());
    }
}
