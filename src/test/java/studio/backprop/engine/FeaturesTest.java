package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Features turn a point's inputs into the network's h_0, one value each. */
class FeaturesTest {
    @Test
    void eachFeatureOfTwoInputsHasTheValueItsNameSays() {
        Features all = Features.parse("x1,x2,x1^2,x2^2,x1*x2,sin(pi*x1),sin(pi*x2)");
        double[] h0 = new double[7];

        all.apply(new double[] {0.5, -3}, h0);

        assertArrayEquals(new double[] {0.5, -3, 0.25, 9, -1.5, 1, Math.sin(-3 * Math.PI)}, h0, 1e-15);
    }

    @Test
    void eachFeatureOfOneInputHasTheValueItsNameSays() {
        double[] h0 = new double[4];

        Features.parse("x, x^2, x^3, sin(pi*x)").apply(new double[] {-2}, h0);

        assertArrayEquals(new double[] {-2, 4, -8, Math.sin(-2 * Math.PI)}, h0, 1e-15);
    }

    @Test
    void dataWithFeaturesHasTheFeaturesAsInputsAndTheSameTargets() {
        DataSet data = new DataSet(2, 1, new double[] {1, 2, 3, 4}, new double[] {0, 1});

        DataSet featured = Features.parse("x1*x2,x2^2").apply(data);

        assertEquals(new DataSet(2, 1, new double[] {2, 4, 12, 16}, new double[] {0, 1}), featured);
    }

    @Test
    void featuresOfOneInputRefuseDataOfTwo() {
        DataSet data = new DataSet(2, 1, new double[] {1, 2}, new double[] {0});

        var e = assertThrows(IllegalArgumentException.class, () -> Features.parse("x,x^2").apply(data));

        assertEquals("the features x,x^2 read 1 input, the data has 2", e.getMessage());
    }

    @Test
    void aFeatureNamedTwiceOrOfMixedInputsIsRefused() {
        assertEquals("a feature is named twice in x1,x1",
                assertThrows(IllegalArgumentException.class, () -> Features.parse("x1,x1")).getMessage());
        assertEquals("x,x1 mixes features of one input (x, ...) and of two (x1, x2, ...)",
                assertThrows(IllegalArgumentException.class,
                        () -> new Features(List.of(Feature.X, Feature.X1))).getMessage());
    }
}
