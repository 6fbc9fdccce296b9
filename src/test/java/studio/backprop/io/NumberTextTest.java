package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one rule for numbers in text. */
class NumberTextTest {
    @Test
    void plainDecimalsAreNumbers() {
        for (String text : new String[] {"0.5", "-3", "+3", "1e-3", ".25", "2.", "6.02E23"}) {
            assertTrue(NumberText.isDecimal(text), text);
        }
    }

    @Test
    void whatJavaWouldAlsoReadIsNot() {
        for (String text : new String[] {"NaN", "Infinity", "0x1p3", "1d", "2f", "", " 1", "1,5", "1.2.3"}) {
            assertFalse(NumberText.isDecimal(text), text);
        }
    }

    @Test
    void aFieldTakesADecimalCommaForAPoint() {
        assertEquals(0.5, NumberText.typed(" 0,5 "));
        assertEquals(1.5e-3, NumberText.typed("1,5e-3"));
    }

    @Test
    void aFieldRefusesACommaThatCouldSeparateThousands() {
        assertTrue(Double.isNaN(NumberText.typed("1,000")));
        assertTrue(Double.isNaN(NumberText.typed("-12,500")));
        assertEquals(0.125, NumberText.typed("0,125"));
        assertEquals(1.25, NumberText.typed("1,25"));
    }

    @Test
    void aFieldTakesNoCommaBesideAPoint() {
        assertTrue(Double.isNaN(NumberText.typed("1.000,5")));
    }

    @Test
    void aFieldGivesNaNForNoNumberAndInfinityForOneTooLarge() {
        assertTrue(Double.isNaN(NumberText.typed("NaN")));
        assertTrue(Double.isNaN(NumberText.typed("0x1p3")));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.typed("1e999"));
    }

    @Test
    void theScanAgreesWithThePatternOnEveryShortStringOfNumberCharacters() {
        String alphabet = "01.+-eE x";
        java.util.Random random = new java.util.Random(42);
        for (String fixed : new String[] {"", ".", "+", "-.5", "5.", ".e1", "1e", "1e+", "1e+5", "+.5e-3", "0x1p3",
                "1d", "NaN", "1.2.3", "١٢", "1_000", " 1", "1 "}) {
            assertEquals(NumberText.matchesPattern(fixed), NumberText.isDecimal(fixed), "\"" + fixed + "\"");
        }
        for (int k = 0; k < 200_000; k++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(7); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(NumberText.matchesPattern(t), NumberText.isDecimal(t), "\"" + t + "\"");
        }
    }
}
