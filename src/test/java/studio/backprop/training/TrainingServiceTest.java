package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.Fixtures;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.training.TrainingSnapshot.State;

class TrainingServiceTest {
    private final SnapshotRecorder recorder = new SnapshotRecorder();
    private TrainingService service;

    private TrainingService start(Experiment experiment) {
        service = new TrainingService(experiment, recorder);
        recorder.await(s -> s.iteration() == 0, "the first snapshot");
        return service;
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
            assertTrue(service.awaitTermination(2000), "the training thread ends on close");
        }
    }

    @Test
    void theFirstSnapshotIsTheChaptersInitialStateAndPaused() {
        start(Experiment.chapter());
        TrainingSnapshot s = recorder.latest();
        assertEquals(0, s.iteration());
        assertEquals(1.614, s.rss(), 0.0005);
        assertEquals(State.PAUSED, s.state());
        assertEquals(ChapterExample.network(), s.network());
    }

    @Test
    void oneStepAdvancesExactlyOneIterationWithTheEnginesNumbers() {
        start(Experiment.chapter()).step(1);
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 1 && x.state() == State.PAUSED, "one step");
        Trainer engine = Experiment.chapter().start();
        engine.iterate();
        assertEquals(engine.rss(), s.rss(), 0.0);
        assertEquals(engine.network(), s.network());
        assertEquals(engine.gradient().dA(2, 0, 0), s.gradient().dA(2, 0, 0), 0.0);
        assertEquals(0.391076, s.gradient().dA(2, 0, 0), 0.5e-6);
    }

    @Test
    void tenStepsReachTheChaptersTenthIteration() {
        start(Experiment.chapter());
        for (int k = 0; k < 10; k++) {
            service.step(1);
        }
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 10 && x.state() == State.PAUSED, "ten steps");
        assertEquals(0.730, s.rss(), 0.0005);
        assertArrayEquals(new double[] {0.571, 0.844, 0.816, 0.774, 0.478}, s.predictions(), 0.0005);
    }

    @Test
    void runThenPauseStopsTheCount() throws InterruptedException {
        start(Experiment.chapter()).run();
        recorder.await(s -> s.iteration() > 1000, "a thousand iterations");
        service.pause();
        TrainingSnapshot paused = recorder.await(s -> s.state() == State.PAUSED, "pause");
        Thread.sleep(200);
        assertEquals(paused.iteration(), recorder.latest().iteration());
    }

    @Test
    void aTaskRunsOnTheVeryThreadThatTrainsTheRun() throws Exception {
        AtomicReference<Thread> publisher = new AtomicReference<>();
        service = new TrainingService(Experiment.chapter(), s -> {
            publisher.set(Thread.currentThread());
            recorder.accept(s);
        });
        recorder.await(s -> s.iteration() == 0, "the first snapshot");
        Thread ran = service.onTrainingThread(Thread::currentThread).get(5, TimeUnit.SECONDS);
        assertSame(publisher.get(), ran);
    }

    @Test
    void aTaskThatFailsSaysSoAndTheRunGoesOn() throws Exception {
        start(Experiment.chapter());
        var failing = service.onTrainingThread(() -> {
            throw new IllegalStateException("no");
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(5, TimeUnit.SECONDS));
        assertEquals("no", e.getCause().getMessage());
        service.step(3);
        recorder.await(x -> x.iteration() == 3 && x.state() == State.PAUSED && !x.failed(), "three steps");
    }

    @Test
    void resetReturnsToIterationZeroWithAnEmptyHistory() {
        start(Experiment.chapter()).step(500);
        recorder.await(s -> s.iteration() == 500, "500 steps");
        service.reset();
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 0, "reset");
        assertEquals(1.614, s.rss(), 0.0005);
        assertEquals(0, s.history().size());
        assertEquals(ChapterExample.network(), s.network());
    }

    @Test
    void runUntilStopsExactlyAtTheTarget() {
        start(Experiment.chapter()).runUntil(12_345);
        TrainingSnapshot s = recorder.await(x -> x.state() == State.PAUSED && x.iteration() > 0, "the target");
        assertEquals(12_345, s.iteration());
        assertEquals(-1, s.target());
    }

    @Test
    void aLearningRateChangedWhileRunningIsUsedFromTheNextIterationOn() {
        start(Experiment.chapter()).run();
        recorder.await(s -> s.iteration() > 2000, "some iterations");
        service.setLearningRate(0.05);
        recorder.await(s -> s.rateChanges().length == 1 && s.iteration() > s.rateChanges()[0] + 1000, "more");
        service.pause();
        TrainingSnapshot s = recorder.await(x -> x.state() == State.PAUSED, "pause");
        long changedAt = s.rateChanges()[0];

        Trainer engine = Experiment.chapter().start();
        engine.iterate(changedAt);
        engine.setLearningRate(0.05);
        engine.iterate(s.iteration() - changedAt);
        assertEquals(engine.network(), s.network(), "same weights, bit for bit, on the same schedule");
        assertEquals(0.05, s.learningRate());
    }

    @Test
    void divergenceOnALinearNetworkPausesAtTheLastGoodState() {
        start(Fixtures.diverging()).run();
        TrainingSnapshot s = recorder.await(x -> x.divergence() != null, "divergence");
        assertEquals(State.PAUSED, s.state());
        assertTrue(s.network().isFinite());
        assertTrue(Double.isFinite(s.rss()));
        assertEquals(s.divergence().keptIteration(), s.iteration());
        assertEquals(10, s.divergence().learningRate());
        assertTrue(s.divergence().message().contains("learning rate 10"), s.divergence().message());
    }

    @Test
    void stepAfterADivergenceClearsIt() {
        divergenceOnALinearNetworkPausesAtTheLastGoodState();
        service.setLearningRate(1e-6);
        service.step(1);
        TrainingSnapshot s = recorder.await(x -> x.divergence() == null, "cleared");
        assertNull(s.divergence());
        assertNotNull(s.network());
    }

    @Test
    void atOneIterationPerSecondRunGoesInSlowMotion() throws InterruptedException {
        start(Experiment.chapter()).setSpeed(1);
        service.run();
        Thread.sleep(400);
        assertTrue(recorder.latest().iteration() <= 1, "at most one iteration in 0.4 s, got " + recorder.latest().iteration());
    }

    @Test
    void theHistoryHoldsTheLossOfEveryIterationSoFar() {
        start(Experiment.chapter()).step(100);
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 100, "100 steps");
        assertEquals(100, s.history().size());
        assertEquals(1.614, s.history().last(0), 0.0005);
        assertEquals(0.730, s.history().last(10), 0.0005);
    }

    @Test
    void resumeGoesOnFromTheWeightsReachedAndResetStillReturnsToTheStart() {
        Trainer engine = Experiment.chapter().start();
        engine.iterate(1000);
        start(Experiment.chapter()).resume(Experiment.chapter(), Experiment.chapter().resume(engine.network(), 1000),
                LossRecord.EMPTY);
        TrainingSnapshot resumed = recorder.await(x -> x.iteration() == 1000, "the resumed state");
        assertEquals(engine.network(), resumed.network());
        service.step(10);
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 1010 && x.state() == State.PAUSED, "ten more");
        engine.iterate(10);
        assertEquals(engine.network(), s.network(), "the same as training straight through");
        service.reset();
        assertEquals(ChapterExample.network(), recorder.await(x -> x.iteration() == 0, "reset").network());
    }

    @Test
    void resumingEarlierKeepsTheHistoryAndRateChangesBeforeThereAndMarksTheEdit() {
        start(Experiment.chapter()).step(30);
        recorder.await(s -> s.iteration() == 30 && s.state() == State.PAUSED, "30 steps");
        service.setLearningRate(0.02);
        service.step(50);
        TrainingSnapshot at80 = recorder.await(s -> s.iteration() == 80 && s.state() == State.PAUSED, "80 steps");
        assertArrayEquals(new long[] {30}, at80.rateChanges());

        Trainer at50 = Experiment.chapter().resume(at80.network(), 50);
        service.resume(Experiment.chapter(), at50, at80.lossRecord().editedAt(50));
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 50, "the resumed run");

        assertEquals(at80.history().before(50), s.history(), "the 50 iterations before, exactly");
        assertEquals(50, s.history().size());
        assertArrayEquals(new long[] {30}, s.rateChanges());
        assertArrayEquals(new long[] {50}, s.edits());
    }

    @Test
    void aResumedRunDropsTheHistoryAtAndAfterItsIterationAndGoesOnFromThere() {
        start(Experiment.chapter()).step(80);
        TrainingSnapshot at80 = recorder.await(s -> s.iteration() == 80 && s.state() == State.PAUSED, "80 steps");
        service.resume(Experiment.chapter(), Experiment.chapter().resume(at80.network(), 50), at80.lossRecord());
        recorder.await(x -> x.iteration() == 50, "the resumed run");
        service.step(5);
        TrainingSnapshot s = recorder.await(x -> x.iteration() == 55 && x.state() == State.PAUSED, "5 more");
        assertEquals(55, s.history().size());
        assertEquals(at80.history().last(49), s.history().last(49));
        assertEquals(at80.rss(), s.history().last(50), "iteration 50 holds the RSS of the weights it went on from");
        assertArrayEquals(new long[0], s.edits());
    }

    @Test
    void aLoadStartsAFreshHistoryWithNoMarks() {
        start(Experiment.chapter()).step(20);
        TrainingSnapshot at20 = recorder.await(s -> s.iteration() == 20 && s.state() == State.PAUSED, "20 steps");
        service.resume(Experiment.chapter(), Experiment.chapter().resume(at20.network(), 20),
                at20.lossRecord().editedAt(20));
        recorder.await(x -> x.edits().length == 1, "the edit marked");
        service.load(Experiment.chapter());
        TrainingSnapshot s = recorder.await(x -> x.edits().length == 0 && x.iteration() == 0, "a fresh start");
        assertEquals(0, s.history().size());
    }
}
