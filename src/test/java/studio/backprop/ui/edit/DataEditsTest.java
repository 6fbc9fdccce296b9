package studio.backprop.ui.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import studio.backprop.engine.DataSet;

/** Point edits keep the data's shape, whatever the number of inputs and outputs. */
class DataEditsTest {
    /** Two points of two inputs and one output: (0, 1) -> 1 and (2, 3) -> 0. */
    private static final DataSet TWO_INPUTS = new DataSet(2, 1, new double[] {0, 1, 2, 3}, new double[] {1, 0});

    @Test
    void anAddedPointOfTwoInputsGoesAtTheEnd() {
        DataSet added = DataEdits.add(TWO_INPUTS, new double[] {4, 5}, new double[] {1});

        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, added.xs());
        assertArrayEquals(new double[] {1, 0, 1}, added.ys());
        assertEquals(2, added.inputs());
    }

    @Test
    void aMovedPointChangesOnlyItsOwnInputsAndTargets() {
        DataSet moved = DataEdits.move(TWO_INPUTS, 1, new double[] {-2, -3}, new double[] {0.5});

        assertArrayEquals(new double[] {0, 1, -2, -3}, moved.xs());
        assertArrayEquals(new double[] {1, 0.5}, moved.ys());
    }

    @Test
    void aDeletedPointTakesAllItsInputsWithIt() {
        DataSet deleted = DataEdits.delete(TWO_INPUTS, 0);

        assertArrayEquals(new double[] {2, 3}, deleted.xs());
        assertArrayEquals(new double[] {0}, deleted.ys());
    }

    @Test
    void aPointOfTheWrongShapeIsRefusedNamingBothShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataEdits.add(TWO_INPUTS, new double[] {1}, new double[] {1}));

        assertEquals("a point of this data has 2 input(s) and 1 output(s), got 1 and 1", e.getMessage());
    }
}
