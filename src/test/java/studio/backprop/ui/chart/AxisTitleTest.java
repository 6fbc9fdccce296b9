package studio.backprop.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** A y-axis title beside a short plot keeps as much of itself as fits. */
class AxisTitleTest {
    /** Ten pixels a character, so a room of 10 n fits n characters. */
    private static final ToDoubleFunction<String> WIDTH = text -> 10.0 * text.length();

    @Test
    void aTitleThatFitsIsDrawnWhole() {
        assertEquals("RSS (log scale)", AxisTitle.fitted("RSS (log scale)", 150, WIDTH));
    }

    @Test
    void aLogAxisTooShortForTheWholeTitleStillSaysItIsLog() {
        assertEquals("RSS (log)", AxisTitle.fitted("RSS (log scale)", 149, WIDTH));
        assertEquals("RSS (log)", AxisTitle.fitted("RSS (log scale)", 90, WIDTH));
    }

    @Test
    void aPlotTooShortEvenForThatKeepsTheBareTitle() {
        assertEquals("RSS", AxisTitle.fitted("RSS (log scale)", 89, WIDTH));
        assertEquals("RSS", AxisTitle.fitted("RSS (log scale)", 10, WIDTH));
    }

    @Test
    void aRemarkWithNothingToShortenIsDroppedWhole() {
        assertEquals("f(x)", AxisTitle.fitted("f(x) (output)", 120, WIDTH));
    }
}
