package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs that differ in several settings at once. */
class CombinationsTest {
    private static final OptimizerSpec GD = OptimizerSpec.chapter();
    private static final OptimizerSpec ADAM = OptimizerSpec.of("adam", Map.of());

    private static List<Variant> gdAtOneAgainstAdamAtAThousandth() {
        return Combinations.of(List.of(Variants.read("lr", List.of("1.0", "0.001")),
                Variants.read("optimizer", List.of("gd", "adam"))));
    }

    @Test
    void runKTakesValueKOfEverySetting() {
        List<Variant> runs = gdAtOneAgainstAdamAtAThousandth();
        Experiment second = runs.get(1).apply(Experiment.chapter());
        assertEquals(0.001, second.learningRate());
        assertEquals(ADAM, second.optimizer());
        assertEquals(GD, runs.get(0).apply(Experiment.chapter()).optimizer());
    }

    @Test
    void theLabelNamesEverySettingInTheOrderTheyAreApplied() {
        assertEquals(List.of("gd, α = 1", "adam, α = 0.001"),
                gdAtOneAgainstAdamAtAThousandth().stream().map(Variant::label).toList());
    }

    @Test
    void aSettingMayRepeatAValueWhileNoTwoRunsAreAlike() {
        List<Variant> runs = Combinations.of(List.of(Variants.read("lr", List.of("0.1", "0.1", "1.0")),
                Variants.read("optimizer", List.of("gd", "adam", "adam"))));
        assertEquals(3, runs.size());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Combinations.of(List.of(
                Variants.read("lr", List.of("0.1", "0.1")), Variants.read("l2", List.of("0.0", "0.0")))))
                .getMessage().contains("given twice"));
    }

    @Test
    void theOptimiserIsChosenBeforeItsOwnSettingWhateverTheOrderGiven() {
        List<Variant> runs = Combinations.of(List.of(Variants.read("momentum", List.of("0.5", "0.9")),
                Variants.read("optimizer", List.of("momentum", "momentum:mu=0.1"))));
        assertEquals(0.9, runs.get(1).apply(Experiment.chapter()).optimizer().settings().get("mu"));
    }

    @Test
    void aShapeWithASeedDrawsItsWeightsFromThatSeed() {
        Architecture wide = Architecture.sigmoid(1, 8, 1);
        List<Variant> runs = Combinations.of(List.of(Variants.seeds(List.of(WeightInit.normal(1, 4),
                        WeightInit.normal(1, 5))),
                LayerVariants.of(List.of(wide, Architecture.sigmoid(1, 16, 1)), WeightInit.chapter())));
        assertEquals(WeightInit.normal(1, 4).draw(wide), runs.get(0).apply(Experiment.chapter()).initial());
        assertEquals(WeightInit.normal(1, 4), runs.get(0).init());
    }

    @Test
    void settingsOfDifferentLengthsAreRefusedNamingBoth() {
        assertEquals("lr has 2 values but optimizer has 3: each setting needs one value for each run",
                assertThrows(IllegalArgumentException.class, () -> Combinations.of(List.of(
                        Variants.read("lr", List.of("0.1", "1.0")),
                        Variants.read("optimizer", List.of("gd", "adam", "momentum"))))).getMessage());
    }

    @Test
    void theJoinedKeyAndValuesReadBackAsTheSameRuns() {
        List<Variant> runs = gdAtOneAgainstAdamAtAThousandth();
        assertEquals("optimizer+lr", runs.get(0).key());
        assertEquals("adam:beta1=0.9,beta2=0.999,epsilon=1.0E-8; 0.001", runs.get(1).value());
        List<Variant> read = Variants.parse(runs.get(0).key(), runs.stream().map(Variant::value).toList());
        assertEquals(runs.get(1).label(), read.get(1).label());
        assertEquals(runs.get(1).apply(Experiment.chapter()), read.get(1).apply(Experiment.chapter()));
    }

    @Test
    void aValueWithoutOnePartForEachSettingIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Variants.parse("optimizer+lr",
                List.of("gd; 0.1", "adam"))).getMessage().contains("\"adam\" holds 1 value(s), expected 2"));
    }
}
