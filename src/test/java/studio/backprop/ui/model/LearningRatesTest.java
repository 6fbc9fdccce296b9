package studio.backprop.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import studio.backprop.training.TrainingSnapshot;

class LearningRatesTest {

    @Test
    void theSliderRunsFromOneTenThousandthToTenOnALogScale() {
        assertEquals(-4, LearningRates.toSlider(1e-4), 1e-12);
        assertEquals(1, LearningRates.toSlider(10), 1e-12);
        assertEquals(-2, LearningRates.toSlider(0.01), 1e-12);
    }

    @Test
    void aDraggedPositionGivesARateWithThreeSignificantDigits() {
        assertEquals(0.0123, LearningRates.fromSlider(Math.log10(0.012345)), 1e-15);
        assertEquals(0.01, LearningRates.fromSlider(-2), 1e-15);
    }

    @Test
    void ratesOutsideTheRangeAreClamped() {
        assertEquals(10, LearningRates.clamp(40));
        assertEquals(1e-4, LearningRates.clamp(1e-9));
    }

    @Test
    void ratesPrintAsTyped() {
        assertEquals("0.01", TrainingSnapshot.formatRate(0.01));
        assertEquals("0.005", TrainingSnapshot.formatRate(0.005));
        assertEquals("10", TrainingSnapshot.formatRate(10));
        assertEquals("0.0001", TrainingSnapshot.formatRate(1e-4));
        assertEquals("2.5", TrainingSnapshot.formatRate(2.5));
    }

    @Test
    void scalingStopsAtTheEndOfTheRangeButNeverJumpsAcrossIt() {
        assertEquals(10, LearningRates.scale(8, 2));
        assertEquals(1e-4, LearningRates.scale(1.5e-4, 0.5));
        assertEquals(1e-6, LearningRates.scale(1e-6, 0.5), 1e-20);
        assertEquals(50, LearningRates.scale(50, 2));
        assertEquals(25, LearningRates.scale(50, 0.5));
    }
}
