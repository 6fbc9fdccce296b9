package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers as the chapter prints them. */
class DecimalsTest {
    private final Decimals six = new Decimals(6);

    @Test
    void valuesExactInSixDecimalsArePrintedAsTheyAre() {
        assertEquals("-0.75", six.exactOrFixed(-0.75));
        assertEquals("10", six.exactOrFixed(10));
        assertEquals("0", six.exactOrFixed(-0.0));
    }

    @Test
    void otherValuesAreRoundedToSixDecimals() {
        assertEquals("0.503050", six.exactOrFixed(0.50305012));
        assertEquals("-12.507410", six.exactOrFixed(-12.5074099));
        assertEquals("0.000000", six.exactOrFixed(-1e-9));
    }

    @Test
    void aPointIsWrittenAsTheChapterWritesIt() {
        assertEquals("([0.25], 1)", Decimals.point(new double[] {0.25}, new double[] {1}));
        assertEquals("([0, 1], [0.5, 2])", Decimals.point(new double[] {0, 1}, new double[] {0.5, 2}));
    }
}
