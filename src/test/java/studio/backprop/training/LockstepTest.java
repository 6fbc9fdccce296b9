package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.backprop.Fixtures;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Initialization;

/** Compared runs train on their own threads yet stay at the same iteration; one that stops holds none back. */
class LockstepTest {
    /** About a hundred times the chapter's work per iteration. */
    private static final Experiment WIDE = new Experiment(
            Initialization.scaledNormal(Architecture.sigmoid(1, 32, 32, 1), 3), ChapterExample.data(), 0.01);
    private final SnapshotRecorder cheapSeen = new SnapshotRecorder();
    private final SnapshotRecorder dearSeen = new SnapshotRecorder();
    private final List<TrainingService> services = new ArrayList<>();

    private TrainingService service(Experiment e, SnapshotRecorder recorder, Lockstep lockstep) {
        TrainingService s = new TrainingService(e, recorder);
        services.add(s);
        if (lockstep != null) {
            s.setLockstep(lockstep.join());
        }
        return s;
    }

    @AfterEach
    void close() throws InterruptedException {
        for (TrainingService s : services) {
            s.close();
            assertTrue(s.awaitTermination(2000));
        }
    }

    @Test
    void aCheapRunWaitsForADearOneAndNeitherLeadsByMoreThanTheSlack() throws InterruptedException {
        Lockstep lockstep = new Lockstep();
        TrainingService cheap = service(Experiment.chapter(), cheapSeen, lockstep);
        TrainingService dear = service(WIDE, dearSeen, lockstep);
        cheap.run();
        dear.run();
        Thread.sleep(400);
        long done = cheap.pause();
        long doneDear = dear.pause();
        long a = cheapSeen.await(s -> s.commandsDone() >= done && !s.running(), "the cheap run paused").iteration();
        long b = dearSeen.await(s -> s.commandsDone() >= doneDear && !s.running(), "the dear run paused").iteration();

        assertTrue(b > 10, "the dear run trained: " + b);
        assertTrue(Math.abs(a - b) <= 2 * Lockstep.SLACK, a + " against " + b);
    }

    @Test
    void withoutLockstepTheCheapRunRacesAhead() throws InterruptedException {
        TrainingService cheap = service(Experiment.chapter(), cheapSeen, null);
        TrainingService dear = service(WIDE, dearSeen, null);
        cheap.run();
        dear.run();
        Thread.sleep(400);
        long done = cheap.pause();
        long doneDear = dear.pause();
        long a = cheapSeen.await(s -> s.commandsDone() >= done && !s.running(), "the cheap run paused").iteration();
        long b = dearSeen.await(s -> s.commandsDone() >= doneDear && !s.running(), "the dear run paused").iteration();

        assertTrue(a > b + 2 * Lockstep.SLACK, a + " against " + b + ": past what lockstep allows");
    }

    @Test
    void aRunThatDivergesHoldsTheOthersBackNoLonger() {
        Lockstep lockstep = new Lockstep();
        TrainingService steady = service(Experiment.chapter(), cheapSeen, lockstep);
        TrainingService diverging = service(Fixtures.diverging(), dearSeen, lockstep);
        diverging.run();
        dearSeen.await(s -> s.divergence() != null, "the diverging run to stop");
        long target = 5_000;
        steady.runUntil(target);

        cheapSeen.await(s -> s.iteration() >= target, "the steady run to reach " + target);
    }
}
