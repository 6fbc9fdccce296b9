package studio.backprop.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What "Step N" and "Run to" read, and what they say when they refuse. */
class IterationCountTest {
    private static String why(String text) {
        return assertThrows(IllegalArgumentException.class, () -> IterationCount.read(text)).getMessage();
    }

    @Test
    void aWholeNumberIsReadWithOrWithoutThousandsSeparators() {
        assertEquals(2_000_000, IterationCount.read(" 2,000,000 "));
        assertEquals(2_000_000, IterationCount.read("2_000_000"));
    }

    @Test
    void aWholeNumberInScientificNotationIsRead() {
        assertEquals(1000, IterationCount.read("1e3"));
    }

    @Test
    void eachRefusalSaysWhatIsWrong() {
        assertEquals("0 is too few: 1 iteration or more", why("0"));
        assertEquals("-5 is too few: 1 iteration or more", why("-5"));
        assertEquals("2.5 is not a whole number of iterations", why("2.5"));
        assertEquals("\"ten\" is not a number of iterations", why("ten"));
        assertEquals("Type a number of iterations, 1 or more", why(" "));
        assertEquals("1e30 is too many: at most 1,000,000,000,000,000", why("1e30"));
    }

    @Test
    void runToRefusesAnIterationAlreadyReached() {
        String why = assertThrows(IllegalArgumentException.class, () -> IterationCount.target("3", 1200)).getMessage();
        assertEquals("Already at iteration 1,200: type a later one", why);
        assertEquals(1201, IterationCount.target("1201", 1200));
    }
}
