package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void movingOnePointOfAMillionCopiesTheDataOnceAndNoMore() {
        double[] x = new double[1_000_000];
        DataSet million = DataSet.of1D(x, x);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        million.withPoint(3, new double[] {0.5}, new double[] {0.25}); // warm up: class loading allocates too
        long before = threads.getThreadAllocatedBytes(thread);

        DataSet moved = million.withPoint(7, new double[] {0.5}, new double[] {0.25});

        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 17_000_000, "one copy of x and y is 16 MB; allocated " + allocated);
        assertEquals(0.5, moved.x(7));
        assertEquals(0.0, million.x(7), "the data before is as it was");
    }
}
