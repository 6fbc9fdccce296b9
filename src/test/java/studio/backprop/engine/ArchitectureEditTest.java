package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureEditTest {
    private static final Network CHAPTER = ChapterExample.network();
    private static final WeightInit FILL = WeightInit.normal(1, 7);

    @Test
    void aNeuronAddedKeepsEveryOldWeightAndDrawsItsOwn() {
        Network n = ArchitectureEdit.addNeuron(CHAPTER, 1, FILL);
        assertEquals("1-5-2-1", n.architecture().describe());
        Network fresh = FILL.draw(n.architecture());
        for (int i = 0; i < 4; i++) {
            assertEquals(CHAPTER.weight(1, i, 0), n.weight(1, i, 0));
            assertEquals(CHAPTER.bias(1, i), n.bias(1, i));
            assertEquals(CHAPTER.weight(2, 1, i), n.weight(2, 1, i));
        }
        assertEquals(fresh.weight(1, 4, 0), n.weight(1, 4, 0));
        assertEquals(fresh.bias(1, 4), n.bias(1, 4));
        assertEquals(fresh.weight(2, 0, 4), n.weight(2, 0, 4));
        assertArrayEquals(CHAPTER.weights(3), n.weights(3));
    }

    @Test
    void aNeuronRemovedTakesItsRowAndItsColumnWithIt() {
        Network n = ArchitectureEdit.removeNeuron(CHAPTER, 1, 1);
        assertEquals("1-3-2-1", n.architecture().describe());
        assertArrayEquals(new double[] {5, 5, -5}, n.weights(1));
        assertArrayEquals(new double[] {-0.75, -3.25, 4.25}, n.biases(1));
        assertArrayEquals(new double[] {10, 0, 0, 0, 10, 10}, n.weights(2));
    }

    @Test
    void removingANeuronAndAddingOneBackKeepsTheOthers() {
        Network n = ArchitectureEdit.addNeuron(ArchitectureEdit.removeNeuron(CHAPTER, 2, 0), 2, FILL);
        assertArrayEquals(CHAPTER.weights(1), n.weights(1));
        assertEquals(CHAPTER.weight(2, 1, 3), n.weight(2, 0, 3));
    }

    @Test
    void aLayerInsertedGetsNewWeightsInAndOutAndKeepsTheRest() {
        Network n = ArchitectureEdit.insertLayer(CHAPTER, 2, 3, Activation.TANH, FILL);
        assertEquals("1-4-3-2-1", n.architecture().describe());
        assertEquals(Activation.TANH, n.architecture().activation(2));
        Network fresh = FILL.draw(n.architecture());
        assertArrayEquals(CHAPTER.weights(1), n.weights(1));
        assertArrayEquals(fresh.weights(2), n.weights(2));
        assertArrayEquals(fresh.weights(3), n.weights(3), "the old layer 2 now reads new neurons");
        assertArrayEquals(CHAPTER.biases(2), n.biases(3), "but keeps its biases");
        assertArrayEquals(CHAPTER.weights(3), n.weights(4));
    }

    @Test
    void aLayerRemovedJoinsItsNeighboursWithNewWeights() {
        Network n = ArchitectureEdit.removeLayer(CHAPTER, 2, FILL);
        assertEquals("1-4-1", n.architecture().describe());
        assertArrayEquals(CHAPTER.weights(1), n.weights(1));
        assertArrayEquals(FILL.draw(n.architecture()).weights(2), n.weights(2));
        assertArrayEquals(CHAPTER.biases(3), n.biases(2));
    }

    @Test
    void allHiddenLayersCanGoAndComeBack() {
        Network none = ArchitectureEdit.removeLayer(ArchitectureEdit.removeLayer(CHAPTER, 1, FILL), 1, FILL);
        assertEquals("1-1", none.architecture().describe());
        assertEquals(0, ArchitectureEdit.hiddenLayers(none.architecture()));
        Network one = ArchitectureEdit.insertLayer(none, 1, 2, Activation.RELU, FILL);
        assertEquals("1-2-1", one.architecture().describe());
        assertEquals(none.bias(1, 0), one.bias(2, 0));
    }

    @Test
    void anActivationChangeKeepsEveryWeight() {
        Network n = ArchitectureEdit.setActivation(CHAPTER, 3, Activation.LINEAR);
        assertEquals(List.of(Activation.SIGMOID, Activation.SIGMOID, Activation.LINEAR), n.architecture().activations());
        assertArrayEquals(CHAPTER.weights(2), n.weights(2));
    }

    @Test
    void theLimitsAreRefusedWithMessagesThatSayWhy() {
        Network deep = CHAPTER;
        while (ArchitectureEdit.hiddenLayers(deep.architecture()) < 8) {
            deep = ArchitectureEdit.insertLayer(deep, 1, 1, Activation.SIGMOID, FILL);
        }
        Network full = deep;
        assertEquals("at most 8 hidden layers", assertThrows(IllegalArgumentException.class,
                () -> ArchitectureEdit.insertLayer(full, 1, 1, Activation.SIGMOID, FILL)).getMessage());
        Network wide = CHAPTER;
        while (wide.architecture().size(1) < 32) {
            wide = ArchitectureEdit.addNeuron(wide, 1, FILL);
        }
        Network widest = wide;
        assertEquals("layer 1 already has the most neurons a layer may have, 32", assertThrows(
                IllegalArgumentException.class, () -> ArchitectureEdit.addNeuron(widest, 1, FILL)).getMessage());
        Network thin = ArchitectureEdit.insertLayer(CHAPTER, 1, 1, Activation.SIGMOID, FILL);
        assertEquals("layer 1 has only one neuron; remove the layer instead", assertThrows(
                IllegalArgumentException.class, () -> ArchitectureEdit.removeNeuron(thin, 1, 0)).getMessage());
        assertEquals("hidden layer must be between 1 and 2, got 3", assertThrows(
                IllegalArgumentException.class, () -> ArchitectureEdit.removeLayer(CHAPTER, 3, FILL)).getMessage());
        assertEquals("a layer's size must be between 1 and 32, got 33", assertThrows(IllegalArgumentException.class,
                () -> ArchitectureEdit.insertLayer(CHAPTER, 1, 33, Activation.SIGMOID, FILL)).getMessage());
        Network none = ArchitectureEdit.removeLayer(ArchitectureEdit.removeLayer(CHAPTER, 1, FILL), 1, FILL);
        assertEquals("the network has no hidden layer", assertThrows(IllegalArgumentException.class,
                () -> ArchitectureEdit.addNeuron(none, 1, FILL)).getMessage());
    }
}
