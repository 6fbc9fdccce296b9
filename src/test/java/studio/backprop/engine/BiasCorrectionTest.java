package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Adam's bias correction skips pow only where the formula gives exactly 1. */
class BiasCorrectionTest {

    private static double formula(double beta, long t) {
        return 1 / (1 - Math.pow(beta, t));
    }

    @Test
    void theCorrectionIsTheFormulaBitForBitAtEveryUpdateOfALongRun() {
        for (double beta : new double[] {0.9, 0.999, 0.5, 0.99}) {
            BiasCorrection correction = new BiasCorrection(beta);
            for (long t = 1; t <= 100_000; t++) {
                assertEquals(Double.doubleToRawLongBits(formula(beta, t)),
                        Double.doubleToRawLongBits(correction.at(t)), () -> "beta " + beta);
            }
        }
    }

    @Test
    void theCorrectionBecomesExactlyOneAtTheFirstUpdateWhereTheFormulaDoes() {
        long first = BiasCorrection.firstExactlyOne(0.999);
        assertEquals(37_412, first);
        assertEquals(356, BiasCorrection.firstExactlyOne(0.9));
        assertNotEquals(1.0, formula(0.999, first - 1));
        assertEquals(1.0, formula(0.999, first));
        assertEquals(1.0, formula(0.999, first + 1_000_000));
        assertEquals(1.0, new BiasCorrection(0.999).at(first + 1_000_000));
    }

    @Test
    void aBetaCloseToOneKeepsThePowCallsFarIntoTheRun() {
        long first = BiasCorrection.firstExactlyOne(0.999_999);
        assertEquals(formula(0.999_999, 1_000_000), new BiasCorrection(0.999_999).at(1_000_000));
        assertNotEquals(1.0, formula(0.999_999, first - 1));
        assertEquals(1.0, formula(0.999_999, first));
    }

    @Test
    void aBetaOfZeroNeedsNoCorrectionFromTheFirstUpdate() {
        assertEquals(1, BiasCorrection.firstExactlyOne(0.0));
        assertEquals(1.0, new BiasCorrection(0.0).at(1));
    }
}
