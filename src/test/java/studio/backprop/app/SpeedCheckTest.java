package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.app.SpeedCheck.Reading;
import studio.backprop.app.SpeedCheck.Round;

/** The speed check's arithmetic: rates from two readings, and the summary of the rounds. */
class SpeedCheckTest {
    @Test
    void aRoundTakesItsRatesFromTheReadingsAtBothEnds() {
        Reading start = new Reading(1_000_000_000L, 100, 90, 5_000_000, 2_000_000_000L, 0, 1_000_000_000L);
        Reading end = new Reading(11_000_000_000L, 700, 650, 20_000_000, 5_000_000_000L, 4_200_000_000L,
                10_000_000_000L);

        Round round = SpeedCheck.round(2_000_000, start, end);

        assertEquals(1_500_000, round.appRate(), 1e-6);
        assertEquals(60, round.framesPerSecond(), 1e-9);
        assertEquals(56, round.redrawsPerSecond(), 1e-9);
        assertEquals(0.75, round.share(), 1e-12);
        assertEquals(5.0, round.fxMillis(), 1e-9);
        assertEquals(7.0, round.renderMillis(), 1e-9);
        assertEquals(0.9, round.trainingCore(), 1e-12);
    }

    @Test
    void theSummaryGivesTheMedianShareAndTheLowestRates() {
        List<Round> rounds = List.of(new Round(100, 95, 58.5, 54.2, 4, 9, 0.97),
                new Round(100, 70, 60, 55, 6, 8, 0.8), new Round(100, 84, 59.1, 53.9, 5, 7.5, 0.9));

        assertEquals("Training in the window: 84% of bench (median of 3 rounds);"
                + " at least 58.5 frames/s and 53.9 redraws/s in every round; CPU a frame (median): FX thread 5.0 ms,"
                + " renderer 8.0 ms; training had 90% of a core (median)", SpeedCheck.summary(rounds));
    }
}
