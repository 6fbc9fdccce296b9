package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whether the last good state of a diverged run is a state to go on from, and what the banner says. */
class DivergenceTest {
    private static Divergence keptAt(double keptRss, double startingRss) {
        return new Divergence(13, 10, 12, keptRss, startingRss);
    }

    @Test
    void aLastGoodStateNearTheStartIsOneToGoOnFrom() {
        Divergence d = keptAt(5.2, 4.63);
        assertFalse(d.lastGoodFarOff());
        assertTrue(d.message().contains("Paused at iteration 12, the last good state."), d.message());
    }

    @Test
    void aLastGoodStateWithAnRssAboveAMillionIsFarOff() {
        assertTrue(keptAt(1.5e6, 2e6).lastGoodFarOff());
    }

    @Test
    void aLastGoodStateAThousandTimesWorseThanTheStartIsFarOff() {
        assertTrue(keptAt(4631, 4.63).lastGoodFarOff());
        assertFalse(keptAt(4629, 4.63).lastGoodFarOff());
    }

    @Test
    void aLastGoodStateWhoseRssIsNotANumberIsFarOff() {
        assertTrue(keptAt(Double.NaN, 4.63).lastGoodFarOff());
    }

    @Test
    void theMessageForAFarOffStateSaysWhyToResetWithItsNumbers() {
        String m = keptAt(7.01e212, 4.63).message();
        assertTrue(m.contains("iteration 12, is already far off (RSS 7.01e212, against 4.63 at the start): reset "
                + "and lower the rate."), m);
    }
}
