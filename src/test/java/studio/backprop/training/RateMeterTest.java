package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The iterations-per-second read-out: measured over half a second of training, never negative. */
class RateMeterTest {
    private static final long MS = 1_000_000L;
    private final RateMeter meter = new RateMeter();

    @Test
    void theRateIsTheIterationsOfTheLastHalfSecond() {
        meter.measure(0, 0, true);

        assertEquals(2000.0, meter.measure(500 * MS, 1000, true), 1e-9);
    }

    @Test
    void aRunThatWentBackWhileRunningNeverShowsANegativeRate() {
        meter.measure(0, 0, true);
        meter.measure(500 * MS, 1000, true);

        double rate = meter.measure(600 * MS, 200, true); // an edit took the run back to iteration 200
        double later = meter.measure(1100 * MS, 700, true);

        assertTrue(rate >= 0, "rate " + rate);
        assertEquals(1000.0, later, 1e-9);
    }

    @Test
    void aPausedRunShowsNoRate() {
        meter.measure(0, 0, true);
        meter.measure(500 * MS, 1000, true);

        assertEquals(0.0, meter.measure(600 * MS, 1000, false));
    }
}
