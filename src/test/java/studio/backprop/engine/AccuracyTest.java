package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Accuracy counts the points whose outputs fall on their targets' side of 0.5 (0/1) or of 0 (-1/1). */
class AccuracyTest {
    /** f(x) = x itself: a 1-1 linear network with weight 1 and bias 0. */
    private static final Network IDENTITY = new Network(new Architecture(new int[] {1, 1}, List.of(Activation.LINEAR)),
            new double[][] {{1}}, new double[][] {{0}});

    @Test
    void zeroOneTargetsAreCutAtOneHalf() {
        DataSet data = DataSet.of1D(new double[] {0.2, 0.5, 0.7, 0.4}, new double[] {0, 1, 0, 1});

        assertEquals(Optional.of(Accuracy.Classes.ZERO_ONE), Accuracy.classes(data));
        assertEquals(OptionalDouble.of(0.5), Accuracy.of(IDENTITY, data)); // 0.2 and 0.5 right; 0.7 and 0.4 wrong
    }

    @Test
    void minusOneOneTargetsAreCutAtZero() {
        DataSet data = DataSet.of1D(new double[] {-0.3, 0, 0.2}, new double[] {-1, 1, -1});

        assertEquals(Optional.of(Accuracy.Classes.MINUS_ONE_ONE), Accuracy.classes(data));
        assertEquals(2 / 3.0, Accuracy.of(IDENTITY, data).orElseThrow(), 1e-15);
    }

    @Test
    void targetsOfOtherValuesAreNotClassesAndHaveNoAccuracy() {
        DataSet mixed = DataSet.of1D(new double[] {0, 1, 2}, new double[] {0, 1, 0.5});

        assertTrue(Accuracy.classes(mixed).isEmpty());
        assertTrue(Accuracy.of(IDENTITY, mixed).isEmpty());
    }

    @Test
    void zeroesMixedWithMinusOnesAreNotClasses() {
        assertTrue(Accuracy.classes(DataSet.of1D(new double[] {0, 1}, new double[] {0, -1})).isEmpty());
    }

    @Test
    void aPointOfTwoOutputsIsRightOnlyWhenBothAre() {
        Network identity2 = new Network(new Architecture(new int[] {2, 2}, List.of(Activation.LINEAR)),
                new double[][] {{1, 0, 0, 1}}, new double[][] {{0, 0}});
        DataSet data = new DataSet(2, 2, new double[] {0.9, 0.8, 0.9, 0.1}, new double[] {1, 1, 1, 1});

        assertEquals(OptionalDouble.of(0.5), Accuracy.of(identity2, data));
    }

    @Test
    void aWholePercentageIsWrittenWithoutDecimalsAndAnyOtherWithOne() {
        assertEquals("95%", Accuracy.percent(0.95));
        assertEquals("100%", Accuracy.percent(1.0));
        assertEquals("97.5%", Accuracy.percent(0.975));
        assertEquals("66.7%", Accuracy.percent(2.0 / 3));
    }
}
