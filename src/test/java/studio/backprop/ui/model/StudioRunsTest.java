package studio.backprop.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Experiment;
import studio.backprop.training.TrainingSnapshot;

/**
 * The studio holds a list of runs: one for now, but a second one added breaks nothing, the commands go
 * to the active one only, and the studio's snapshot follows whichever is active.
 */
class StudioRunsTest {
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

    @Test
    void aSecondRunStartsPausedBesideTheFirstWhichStaysActive() throws Exception {
        Run first = studio.activeRun();
        Run second = fxThread.submit(() -> studio.addRun(Experiment.chapter().withLearningRate(0.5))).get();

        TrainingSnapshot s = await("the second run's first snapshot", second::getSnapshot, x -> x.iteration() == 0);

        assertEquals(2, studio.runs().size());
        assertEquals("Run 2", second.name());
        assertSame(first, studio.activeRun());
        assertEquals(0.5, s.learningRate());
        assertThrows(UnsupportedOperationException.class, () -> studio.runs().clear());
    }

    @Test
    void commandsGoToTheActiveRunOnly() throws Exception {
        Run second = fxThread.submit(() -> studio.addRun(Experiment.chapter())).get();
        await("the second run's first snapshot", second::getSnapshot, x -> x.iteration() == 0);

        fxThread.submit(() -> studio.step(3)).get();

        await("three steps of the active run", studio::getSnapshot, x -> x.iteration() == 3);
        assertEquals(0, fxThread.submit(() -> second.getSnapshot().iteration()).get());
    }

    @Test
    void theStudiosSnapshotFollowsTheActiveRun() throws Exception {
        Run second = fxThread.submit(() -> studio.addRun(Experiment.chapter())).get();
        fxThread.submit(() -> second.step(2)).get();
        await("two steps of the second run", second::getSnapshot, x -> x.iteration() == 2);

        fxThread.submit(() -> studio.setActiveRun(second)).get();

        assertEquals(2, fxThread.submit(() -> studio.getSnapshot().iteration()).get());
        fxThread.submit(() -> studio.step(1)).get();
        await("the active run's next step shown by the studio", studio::getSnapshot, x -> x.iteration() == 3);
    }
}
