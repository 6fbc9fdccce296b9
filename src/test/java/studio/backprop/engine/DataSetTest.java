package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Points joined: a paste added after the points there. */
class DataSetTest {

    @Test
    void pointsFollowedByOthersKeepBothInOrder() {
        DataSet both = DataSet.of1D(new double[] {1}, new double[] {2}).followedBy(
                DataSet.of1D(new double[] {3, 5}, new double[] {4, 6}));
        assertEquals(DataSet.of1D(new double[] {1, 3, 5}, new double[] {2, 4, 6}), both);
    }

    @Test
    void pointsOfAnotherShapeCannotFollow() {
        DataSet two = new DataSet(2, 1, new double[] {1, 2}, new double[] {3});
        assertEquals("points of 2 input(s) and 1 output(s) cannot join points of 1 and 1",
                assertThrows(IllegalArgumentException.class,
                        () -> DataSet.of1D(new double[] {1}, new double[] {2}).followedBy(two)).getMessage());
    }
}
