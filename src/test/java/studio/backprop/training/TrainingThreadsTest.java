package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;

/** The app's one thread count: the cores but one by default, applied to a run at its next iteration. */
class TrainingThreadsTest {

    @AfterEach
    void backToTheDefault() {
        TrainingThreads.set(TrainingThreads.DEFAULT);
    }

    @Test
    void theDefaultLeavesTheWindowACore() {
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), TrainingThreads.DEFAULT);
    }

    @Test
    void aChangedCountReachesTheTrainerBeforeItsNextIteration() {
        Trainer trainer = Experiment.chapter().start();
        TrainingThreads.set(1);
        TrainingThreads.applyTo(trainer);
        assertEquals(1, trainer.threads());
        TrainingThreads.set(TrainingThreads.CORES);
        TrainingThreads.applyTo(trainer);
        assertEquals(TrainingThreads.CORES, trainer.threads());
    }

    @Test
    void noThreadsAndMoreThanTheCoresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrainingThreads.set(0));
        assertThrows(IllegalArgumentException.class, () -> TrainingThreads.set(TrainingThreads.CORES + 1));
    }
}
