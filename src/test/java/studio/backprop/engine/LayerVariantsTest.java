package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs that differ in their layers. */
class LayerVariantsTest {
    private static final Architecture CHAPTER = ChapterExample.network().architecture();

    @Test
    void widthsAreTheShapeInUseThenTwiceAndFourTimesAsWide() {
        List<Variant> widths = LayerVariants.widths(CHAPTER, WeightInit.chapter());
        assertEquals(List.of("1-4-2-1", "1-8-4-1", "1-16-8-1"), widths.stream().map(Variant::label).toList());
    }

    @Test
    void theExperimentsOwnShapeKeepsItsWeightsEvenEditedByHand() {
        Network edited = ChapterExample.network().withWeight(1, 0, 0, 3.25);
        Experiment base = new Experiment(edited, Experiment.chapter().data(), 0.01);
        assertEquals(edited, LayerVariants.widths(CHAPTER, WeightInit.chapter()).get(0).apply(base).initial());
    }

    @Test
    void anotherShapeDrawsItsWeightsAsTheVariantSaysOnTheSameData() {
        Experiment wide = LayerVariants.widths(CHAPTER, WeightInit.normal(0.5, 3)).get(1).apply(Experiment.chapter());
        assertEquals(WeightInit.normal(0.5, 3).draw(Architecture.sigmoid(1, 8, 4, 1)), wide.initial());
        assertEquals(Experiment.chapter().data(), wide.data());
        assertEquals(Experiment.chapter().learningRate(), wide.learningRate());
    }

    @Test
    void aShapeTypedTakesTheFirstHiddenActivationAndKeepsTheOutputs() {
        Architecture tanh = new Architecture(new int[] {1, 4, 2, 1},
                List.of(Activation.TANH, Activation.RELU, Activation.SIGMOID));
        assertEquals(new Architecture(new int[] {1, 8, 8, 8, 1},
                        List.of(Activation.TANH, Activation.TANH, Activation.TANH, Activation.SIGMOID)),
                LayerVariants.shape(tanh, "1-8-8-8-1"));
    }

    @Test
    void aShapeNotAllSigmoidSaysItsActivationsInItsLabel() {
        Architecture tanh = LayerVariants.shape(new Architecture(new int[] {1, 3, 1},
                List.of(Activation.TANH, Activation.LINEAR)), "1-6-1");
        Variant v = LayerVariants.of(List.of(tanh, Architecture.sigmoid(1, 6, 1)), WeightInit.xavier(2)).get(0);
        assertEquals("1-6-1 tanh,linear", v.label());
    }

    @Test
    void eachReadsBackFromItsValueAsTheSameChange() {
        List<Variant> widths = LayerVariants.widths(CHAPTER, WeightInit.xavier(7));
        List<Variant> read = Variants.parse("layers", widths.stream().map(Variant::value).toList());
        for (int k = 0; k < widths.size(); k++) {
            assertEquals(widths.get(k).label(), read.get(k).label());
            assertEquals(widths.get(k).apply(Experiment.chapter()), read.get(k).apply(Experiment.chapter()));
            assertEquals(WeightInit.xavier(7), read.get(k).init());
        }
    }

    @Test
    void widthsOfANetworkSeeingFeaturesReadBackSeeingThem() {
        Experiment xor = Presets.get("xor").experiment();
        Network seeing = FeatureEdit.seeing(xor.initial(), List.of(Feature.X1, Feature.X2, Feature.X1_X2),
                WeightInit.xavier(3));
        Experiment base = new Experiment(seeing, xor.data(), 0.05);
        List<Variant> widths = LayerVariants.widths(seeing.architecture(), WeightInit.xavier(7));
        List<Variant> read = Variants.parse("layers", widths.stream().map(Variant::value).toList());

        for (int k = 0; k < widths.size(); k++) {
            Experiment again = read.get(k).apply(base);
            assertEquals(widths.get(k).apply(base), again);
            assertEquals(seeing.architecture().features(), again.initial().architecture().features());
        }
    }

    @Test
    void aNetworkWithoutHiddenLayersHasNoWidthsToCompare() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LayerVariants.widths(Architecture.sigmoid(1, 1), WeightInit.chapter())).getMessage()
                .contains("no hidden layer to widen"));
    }

    @Test
    void layersThatAreNotNumbersAreRefusedAsTyped() {
        assertEquals("\"1-8-x\" is not layers such as 1-8-1 or 1-4-2-1", assertThrows(IllegalArgumentException.class,
                () -> LayerVariants.shape(CHAPTER, "1-8-x")).getMessage());
    }

    @Test
    void aShapeWithOtherInputsOrOutputsThanTheNetworksIsRefused() {
        assertEquals("1-8-2 has 1 input(s) and 2 output(s), the network 1-4-2-1 has 1 and 1",
                assertThrows(IllegalArgumentException.class, () -> LayerVariants.shape(CHAPTER, "1-8-2")).getMessage());
    }

    @Test
    void aLayerWiderThanTheLayersEditorAllowsIsRefused() {
        assertEquals("1-64-32-1 has a layer of more than 32 neurons", assertThrows(IllegalArgumentException.class,
                () -> LayerVariants.widths(Architecture.sigmoid(1, 16, 8, 1), WeightInit.chapter())).getMessage());
    }
}
