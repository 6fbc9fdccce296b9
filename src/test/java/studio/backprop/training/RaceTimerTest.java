package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.Fixtures;
import studio.backprop.engine.Experiment;

/** Compared runs timed as the window trains them: together on one thread, in step. */
class RaceTimerTest {

    @Test
    void everyRunTrainsTheIterationsAskedFor() throws Exception {
        List<RaceTimer.Lap> laps = RaceTimer.time(List.of(Experiment.chapter(), Experiment.chapter().withLearningRate(0.1),
                Experiment.chapter().withLearningRate(0.5)), 2_000, 20_000);
        assertEquals(3, laps.size());
        for (RaceTimer.Lap lap : laps) {
            assertEquals(20_000, lap.iterations());
            assertFalse(lap.stopped());
            assertTrue(lap.seconds() > 0, lap.toString());
            assertTrue(lap.aloneIterationsPerSecond() > 0 && Double.isFinite(lap.share()), "timed alone too: " + lap);
        }
    }

    @Test
    void aRunThatDivergesStopsAloneAndTheOthersFinish() throws Exception {
        List<RaceTimer.Lap> laps = RaceTimer.time(List.of(Experiment.chapter(), Fixtures.diverging()),
                100, 5_000);
        assertEquals(5_000, laps.get(0).iterations());
        assertTrue(laps.get(1).stopped(), laps.get(1).toString());
        assertTrue(laps.get(1).iterations() < 5_000, laps.get(1).toString());
    }
}
