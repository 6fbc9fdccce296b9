package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When backpropagation and the finite difference agree: relatively, or both within rounding of zero. */
class GradientAgreementTest {

    private static GradientCheck.Entry entry(double backprop, double numeric) {
        return new GradientCheck.Entry(1, "a_111", backprop, numeric, GradientCheck.relativeError(backprop, numeric));
    }

    @Test
    void aPerfectFitsZeroGradientAgreesWithTheRoundingOfItsFiniteDifference() {
        GradientCheck.Entry zero = entry(0.0, 3e-14);

        assertTrue(zero.relativeError() > GradientCheck.AGREEMENT, "relatively they are far apart");
        assertTrue(zero.agrees());
        assertTrue(new GradientCheck(List.of(zero)).agrees());
    }

    @Test
    void twoDerivativesApartByMoreThanRoundingStillDisagree() {
        GradientCheck.Entry apart = entry(0.0, 1e-8);

        assertFalse(apart.agrees());
        assertFalse(new GradientCheck(List.of(entry(0.3, 0.3), apart)).agrees());
    }

    @Test
    void aDerivativeThatIsNotANumberNeverAgrees() {
        assertFalse(entry(Double.NaN, 0.0).agrees());
    }

    @Test
    void theChaptersNetworkAgreesEverywhere() {
        assertTrue(GradientCheck.of(ChapterExample.network(), ChapterExample.data()).agrees());
    }
}
