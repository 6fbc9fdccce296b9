package studio.backprop.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import studio.backprop.engine.DataSet;

class MapScaleTest {
    private static MapScale of(double... targets) {
        return MapScale.of(new DataSet(2, 1, new double[2 * targets.length], targets));
    }

    @Test
    void zeroOneTargetsRunFromZeroToOneWithTheBoundaryAtAHalf() {
        MapScale s = of(0, 1, 1, 0);
        assertTrue(s.classes());
        assertEquals(0, s.firstClass());
        assertEquals(1, s.secondClass());
        assertEquals(0.5, s.middle());
    }

    @Test
    void minusOneOneTargetsHaveTheirBoundaryAtZero() {
        MapScale s = of(-1, 1, 1);
        assertTrue(s.classes());
        assertEquals(-1, s.firstClass());
        assertEquals(0, s.middle());
    }

    @Test
    void otherTargetsSpanTheirRangeWithoutClasses() {
        MapScale s = of(0.2, 3, 1);
        assertFalse(s.classes());
        assertEquals(0.2, s.lo(), 1e-12);
        assertEquals(3, s.hi(), 1e-12);
    }

    @Test
    void aTargetOfAnotherValueAmongClassesMakesThemValues() {
        assertFalse(of(0, 1, 0.5).classes());
    }
}
