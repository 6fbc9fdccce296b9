package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A feature seen before keeps its column of A_1; a new one gets a column drawn; nothing else moves. */
class FeatureEditTest {
    private static final Network XOR = Presets.get("xor").experiment().initial();

    @Test
    void addingTheProductKeepsTheColumnsOfX1AndX2AndDrawsItsOwn() {
        List<Feature> three = List.of(Feature.X1, Feature.X2, Feature.X1_X2);
        WeightInit fill = WeightInit.normal(1, 9);

        Network seeing = FeatureEdit.seeing(XOR, three, fill);

        Network drawn = fill.draw(new Architecture(new int[] {3, 4, 1}, XOR.architecture().activations(),
                new Features(three)));
        for (int i = 0; i < 4; i++) {
            assertEquals(XOR.weight(1, i, 0), seeing.weight(1, i, 0), 0.0);
            assertEquals(XOR.weight(1, i, 1), seeing.weight(1, i, 1), 0.0);
            assertEquals(drawn.weight(1, i, 2), seeing.weight(1, i, 2), 0.0);
        }
        assertArrayEquals(XOR.biases(1), seeing.biases(1), 0.0);
        assertArrayEquals(XOR.weights(2), seeing.weights(2), 0.0);
    }

    @Test
    void choosingThePlainInputsAgainMeansNoFeatures() {
        Network product = FeatureEdit.seeing(XOR, List.of(Feature.X1, Feature.X2, Feature.X1_X2), WeightInit.xavier(1));

        Network back = FeatureEdit.seeing(product, List.of(Feature.X1, Feature.X2), WeightInit.xavier(1));

        assertNull(back.architecture().features());
        assertEquals(XOR, back);
    }
}
