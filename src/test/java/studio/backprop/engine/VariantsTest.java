package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comparisons a class asks for, and how a file reads them back. */
class VariantsTest {

    @Test
    void theLadderPutsTheRateInUseFirstThenATenthAndTenTimesIt() {
        List<Variant> ladder = Variants.ladder(0.1);
        assertEquals(List.of("α = 0.1", "α = 0.01", "α = 1"), ladder.stream().map(Variant::label).toList());
        assertEquals(1.0, ladder.get(2).apply(Experiment.chapter()).learningRate());
    }

    @Test
    void theClassicOptimisersStartWithTheOneInUse() {
        List<Variant> three = Variants.classicOptimizers(OptimizerSpec.of("adam", Map.of()));
        assertEquals(List.of("adam", "gd", "momentum"), three.stream().map(Variant::label).toList());
    }

    @Test
    void eachVariantReadsBackFromItsKeyAndValueAsTheSameChange() {
        Experiment base = Experiment.chapter().withOptimizer(OptimizerSpec.of("momentum", Map.of()));
        List<List<Variant>> all = List.of(Variants.ladder(0.03),
                Variants.optimizers(List.of(OptimizerSpec.of("sgd", Map.of()), OptimizerSpec.of("adam",
                        Map.of("beta1", 0.8)))),
                Variants.batchSizes(List.of(0, 2)), Variants.momentums(List.of(0.5, 0.95)),
                Variants.l2(List.of(0.0, 1e-3)), Variants.l1(List.of(0.1, 0.2)),
                Variants.seeds(List.of(WeightInit.xavier(4), WeightInit.xavier(5), WeightInit.normal(0.5, 9))));
        for (List<Variant> variants : all) {
            List<Variant> read = Variants.parse(variants.get(0).key(), variants.stream().map(Variant::value).toList());
            for (int k = 0; k < variants.size(); k++) {
                assertEquals(variants.get(k).label(), read.get(k).label());
                assertEquals(variants.get(k).apply(base), read.get(k).apply(base), variants.get(k).label());
            }
        }
    }

    @Test
    void seedsDrawTheInitialWeightsAfreshForTheExperimentsShape() {
        List<Variant> seeds = Variants.seedsFrom(WeightInit.normal(1.0, 6));
        assertEquals(List.of("seed 6", "seed 7", "seed 8"), seeds.stream().map(Variant::label).toList());
        Experiment seventh = seeds.get(1).apply(Experiment.chapter());
        assertEquals(WeightInit.normal(1.0, 7).draw(ChapterExample.network().architecture()), seventh.initial());
        assertEquals(Experiment.chapter().data(), seventh.data());
    }

    @Test
    void theChaptersWeightsAreComparedWithNormalOnesFromTwoSeeds() {
        List<Variant> seeds = Variants.seedsFrom(WeightInit.chapter());
        assertEquals(List.of("the chapter's weights", "seed 1", "seed 2"), seeds.stream().map(Variant::label).toList());
        assertEquals(ChapterExample.network(), seeds.get(0).apply(Experiment.chapter()).initial());
    }

    @Test
    void anUnknownKeyOrAMalformedValueIsRefusedByName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Variants.parse("speed", List.of("1", "2")))
                .getMessage().contains("unknown setting to compare \"speed\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Variants.parse("lr", List.of("1", "x")))
                .getMessage().contains("not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Variants.parse("lr", List.of("1")))
                .getMessage().contains("compares 2 to 4 runs"));
    }
}
