package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void edgeLabelsKeepThreeSignificantDigitsAtMostFourDigitsWide() {
        assertEquals("-0.75", Numbers.weight(-0.75));
        assertEquals("10.0", Numbers.weight(9.99609));
        assertEquals("-12.5", Numbers.weight(-12.5));
        assertEquals("123", Numbers.weight(123.4));
    }

    @Test
    void aHugeEdgeLabelIsWrittenShortWithTwoSignificantDigits() {
        assertEquals("8.5e8", Numbers.weight(8.5e8));
        assertEquals("-1.5e37", Numbers.weight(-1.45867e37));
        assertEquals("1e3", Numbers.weight(999.7));
        assertEquals("-931", Numbers.weight(-931));
        assertEquals("∞", Numbers.weight(Double.POSITIVE_INFINITY));
    }

    @Test
    void aTinyNegativeLabelDoesNotShowMinusZero() {
        assertEquals("0.00", Numbers.weight(-0.001));
    }

    @Test
    void neuronOutputsHaveThreeDecimals() {
        assertEquals("0.321", Numbers.output(0.320821));
        assertEquals("0.000", Numbers.output(0));
    }

    @Test
    void largeNeuronOutputsKeepFourSignificantDigitsThenGoShort() {
        assertEquals("-93.12", Numbers.output(-93.1234));
        assertEquals("-931.0", Numbers.output(-931));
        assertEquals("-1.46e37", Numbers.output(-1.45867e37));
        assertEquals("NaN", Numbers.output(Double.NaN));
    }

    @Test
    void readOutsHaveSixSignificantDigitsWithoutTrailingZeros() {
        assertEquals("10", Numbers.precise(10));
        assertEquals("0.391076", Numbers.precise(0.39107612));
        assertEquals("-0.00391076", Numbers.precise(-0.0039107612));
        assertEquals("1.5e-7", Numbers.precise(1.5e-7));
    }
}
