package studio.backprop.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import studio.backprop.ui.chart.NiceTicks.Ticks;

class NiceTicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(0.2, NiceTicks.step(1.2, 6), 1e-12);
        assertEquals(0.5, NiceTicks.step(1.2, 3), 1e-12);
        assertEquals(200_000, NiceTicks.step(1_000_000, 5), 1e-6);
        assertEquals(1e-5, NiceTicks.step(5e-5, 5), 1e-18);
        assertEquals(1, NiceTicks.step(0, 5));
    }

    @Test
    void linearTicksStayInRangeWithCleanLabels() {
        Ticks t = NiceTicks.linear(-0.1, 1.1, 6);
        assertArrayEquals(new String[] {"0", "0.2", "0.4", "0.6", "0.8", "1.0"}, t.labels());
        assertEquals(0.0, t.major()[0]);
        Ticks big = NiceTicks.linear(0, 1_000_000, 5);
        assertEquals("1,000,000", big.labels()[big.size() - 1]);
        assertEquals("200,000", big.labels()[1]);
        assertEquals(0, NiceTicks.linear(1, 1, 5).size());
        assertEquals(0, NiceTicks.linear(0, Double.NaN, 5).size());
    }

    @Test
    void logTicksAreDecadesWithMinorTicksAndThinningWhenCrowded() {
        Ticks t = NiceTicks.log(1e-5, 2, 10);
        assertArrayEquals(new String[] {"10^-5", "10^-4", "0.001", "0.01", "0.1", "1"}, t.labels());
        assertTrue(t.minor().length > 30, "2..9 of each decade");
        Ticks crowded = NiceTicks.log(1, 1e9, 3);
        assertTrue(crowded.size() <= 4, "every few decades only: " + String.join(" ", crowded.labels()));
        assertEquals("1", crowded.labels()[0]);
    }

    @Test
    void shortLogRangesLabelTwosAndFives() {
        Ticks t = NiceTicks.log(0.3, 3, 6);
        assertArrayEquals(new String[] {"0.5", "1", "2"}, t.labels());
    }

    @Test
    void aShortLogAxisWithRoomForTwoLabelsGetsASecondOne() {
        // presentation mode in a small window: the loss axis from 0.11 to 1.6 with room for two labels
        assertArrayEquals(new String[] {"0.2", "1"}, NiceTicks.log(0.11, 1.6, 2).labels());
        // no decade inside at all
        assertArrayEquals(new String[] {"0.2", "0.5"}, NiceTicks.log(0.15, 0.9, 2).labels());
    }

    @Test
    void aSecondLogLabelIsAddedOnlyWhereItFits() {
        // 0.2, 1 and 2 would be three labels where there is room for two: 1 and the farther of the others
        assertArrayEquals(new String[] {"0.2", "1"}, NiceTicks.log(0.15, 3, 2).labels());
        for (double lo = 0.11; lo < 10; lo *= 1.37) {
            for (double hi = lo * 1.5; hi < lo * 90; hi *= 1.61) {
                assertTrue(NiceTicks.log(lo, hi, 2).size() <= 2, lo + " .. " + hi);
            }
        }
    }

    @Test
    void aLogAxisOfSeveralDecadesWithRoomForTwoLabelsGetsTwoOrThree() {
        // presentation mode at 1920x1080: RSS from 25 down to 0.02 on a short loss axis
        assertArrayEquals(new String[] {"0.1", "1", "10"}, NiceTicks.log(0.015, 30, 2).labels());
        for (double lo = 1e-4; lo < 1; lo *= 1.7) {
            for (double hi = lo * 100; hi < lo * 1e6; hi *= 2.3) {
                Ticks t = NiceTicks.log(lo, hi, 2);
                // room for two: two, or three where the decades inside are two intervals (as on a linear axis)
                assertTrue(t.size() >= 2 && t.size() <= 3, lo + " .. " + hi + ": " + String.join(" ", t.labels()));
            }
        }
    }

    @Test
    void significantDigitsDropTrailingZeros() {
        assertEquals("0.25", NiceTicks.significant(0.25, 4));
        assertEquals("1.61398", NiceTicks.significant(1.6139812, 6));
        assertEquals("2.5e-7", NiceTicks.significant(2.5e-7, 6));
        assertEquals("NaN", NiceTicks.significant(Double.NaN, 6));
    }

    @Test
    void twosAndFivesBesideAPowerOfTenAreWrittenAsPowersToo() {
        Ticks t = NiceTicks.log(4e6, 3e7, 6);
        assertArrayEquals(new String[] {"5×10^6", "10^7", "2×10^7"}, t.labels());
    }

    @Test
    void twoHundredDecadesGetNoMinorTicksThatWouldMergeIntoABar() {
        Ticks t = NiceTicks.log(1, 1e200, 5);
        assertTrue(t.minor().length <= 25, t.minor().length + " minor ticks");
        assertTrue(t.size() >= 2, "still labelled");
    }
}
