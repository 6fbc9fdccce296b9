package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each {@link Loss} pairs its value with its derivative. */
class LossTest {

    @Test
    void rssOfOneOutputIsTheSquaredResidual() {
        assertEquals(0.25, Loss.RSS.value(1.5, 1.0), 0.0);
        assertEquals(0.0, Loss.RSS.value(-2.0, -2.0), 0.0);
    }

    @Test
    void rssDerivativeIsTwiceTheResidualAsTheChapterStartsTheBackwardPass() {
        // The chapter's point 2 of the worked example: f = 0.831812, y = 0, dRSS/dh = 1.663624.
        assertEquals(1.663624, Loss.RSS.derivative(0.831812, 0.0), 1e-12);
        assertEquals(-3.0, Loss.RSS.derivative(0.5, 2.0), 0.0);
    }

    @Test
    void everyLossDerivativeAgreesWithACentredDifferenceOfItsValue() {
        double e = 1e-5;
        for (Loss loss : Loss.values()) {
            for (double f : new double[] {-1.3, 0.2, 0.9, 4.0}) {
                double y = 0.7;
                double numeric = (loss.value(f + e, y) - loss.value(f - e, y)) / (2 * e);
                assertEquals(numeric, loss.derivative(f, y), 1e-8, loss + " at f = " + f);
            }
        }
    }
}
