package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.GradientCheck.Entry;

/** {@link GradientCheck} on the chapter's worked example, whose gradients the chapter prints. */
class GradientCheckOnTheChapterTest {
    private final GradientCheck check = GradientCheck.of(ChapterExample.network(), ChapterExample.data());

    @Test
    void theWorstRelativeErrorIsBelowOneInAMillion() {
        assertTrue(check.maxRelativeError() < 1e-6, "max relative error " + check.maxRelativeError());
    }

    @Test
    void everyWeightAndBiasHasOneEntrySortedWorstFirst() {
        List<Entry> entries = check.entries();
        assertEquals(21, entries.size());
        for (int k = 1; k < entries.size(); k++) {
            assertTrue(entries.get(k - 1).relativeError() >= entries.get(k).relativeError(), "entry " + k);
        }
        assertEquals(check.maxRelativeError(), entries.get(0).relativeError());
    }

    @Test
    void entriesCarryTheChaptersNamesAndSummedGradients() {
        Entry b3 = check.entries().stream().filter(e -> e.name().equals("b_31")).findFirst().orElseThrow();
        assertEquals(3, b3.layer());
        assertEquals(0.483758, b3.backprop(), 0.5e-6);
        assertEquals(0.483758, b3.numeric(), 0.5e-6);
        Entry a214 = check.entries().stream().filter(e -> e.name().equals("a_214")).findFirst().orElseThrow();
        assertEquals(0.593621, a214.backprop(), 0.5e-6);
    }

    @Test
    void indicesOfSeveralDigitsAreSeparatedByCommas() {
        assertEquals("a_213", GradientCheck.weightName(2, 0, 2));
        assertEquals("a_2,10,3", GradientCheck.weightName(2, 9, 2));
        assertEquals("b_12,1", GradientCheck.biasName(12, 0));
    }

    @Test
    void theRelativeErrorHasAFloorForTinyGradients() {
        assertEquals(0.5, GradientCheck.relativeError(2, 1));
        assertEquals(1e-12 / 1e-8, GradientCheck.relativeError(1e-12, 0), 1e-18);
    }
}
