package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A network whose input layer sees features of its inputs trains as one fed the features' columns. */
class SeeingFeaturesTest {
    private static final Features X1_X2_PRODUCT = Features.parse("x1,x2,x1*x2");
    private static final Network PLAIN = new Network(
            new Architecture(new int[] {3, 2, 1}, List.of(Activation.TANH, Activation.SIGMOID)),
            new double[][] {{0.5, -1, 0.3, 2, 0.25, -0.4}, {1, -2}}, new double[][] {{0.1, -0.2}, {0.05}});
    private static final Network SEEING = PLAIN.seeing(X1_X2_PRODUCT);
    private static final DataSet XOR = new DataSet(2, 1, new double[] {0, 0, 0, 1, 1, 0, 1, 1, 0.5, -0.5},
            new double[] {0, 1, 1, 0, 1});

    @Test
    void itTakesTheDataInputsWhileItsInputLayerHasANeuronPerFeature() {
        assertEquals(2, SEEING.architecture().inputs());
        assertEquals(3, SEEING.architecture().size(0));
    }

    @Test
    void trainingItIsBitForBitTrainingOnTheFeaturesColumns() {
        Trainer seeing = new Trainer(SEEING, XOR, 0.5);
        Trainer onColumns = new Trainer(PLAIN, X1_X2_PRODUCT.apply(XOR), 0.5);
        seeing.iterate(25);
        onColumns.iterate(25);

        assertEquals(onColumns.rss(), seeing.rss(), 0.0);
        for (int l = 1; l <= 2; l++) {
            assertArrayEquals(onColumns.network().weights(l), seeing.network().weights(l), 0.0);
            assertArrayEquals(onColumns.network().biases(l), seeing.network().biases(l), 0.0);
        }
        assertArrayEquals(onColumns.predictions(), seeing.predictions(), 0.0);
    }

    @Test
    void itsPredictionAtAPointIsThePlainNetworksAtThePointsFeatures() {
        double plain = new Predictor(PLAIN).at(0.5, -0.5, -0.25).output();

        assertEquals(plain, new Predictor(SEEING).at(0.5, -0.5).output(), 0.0);
        assertEquals(plain, new Predictor(SEEING).over(new double[] {1, 1, 0.5, -0.5}, 2).select(1).output(), 0.0);
    }

    @Test
    void aNeuronAddedToAHiddenLayerKeepsTheFeatures() {
        Network wider = ArchitectureEdit.addNeuron(SEEING, 1, WeightInit.normal(1, 3));

        assertEquals(X1_X2_PRODUCT, wider.architecture().features());
    }

    @Test
    void featuresMustNumberTheInputNeurons() {
        var e = assertThrows(IllegalArgumentException.class, () -> PLAIN.seeing(Features.parse("x1,x2")));

        assertEquals("the features x1,x2 need 2 input neurons, the network has 3", e.getMessage());
    }

    @Test
    void theTraceOfAnIterationHoldsEachPointsInputsAndItsFeaturesAsH0() {
        IterationTrace.PointTrace last = IterationTrace.of(SEEING, XOR, 0.5, 0).points().get(4);

        assertArrayEquals(new double[] {0.5, -0.5}, last.input(), 0.0);
        assertArrayEquals(new double[] {0.5, -0.5, -0.25}, last.x(), 0.0);
    }

    @Test
    void theTraceSeesTheSameGradientAsTrainingOnTheFeaturesColumns() {
        IterationTrace seeing = IterationTrace.of(SEEING, XOR, 0.5, 0);
        IterationTrace onColumns = IterationTrace.of(PLAIN, X1_X2_PRODUCT.apply(XOR), 0.5, 0);

        assertArrayEquals(onColumns.updated().weights(1), seeing.updated().weights(1), 0.0);
    }
}
