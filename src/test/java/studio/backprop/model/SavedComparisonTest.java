package studio.backprop.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Momentum;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;
import studio.backprop.engine.WeightInit;
import studio.backprop.training.LossRecord;

/** A saved comparison says what differs and where runs 2 onwards got; the experiment refuses one that cannot go on. */
class SavedComparisonTest {
    private final SavedExperiment chapter = SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter());
    private final List<Variant> ladder = Variants.ladder(0.01);

    private SavedRun startOf(Variant v) {
        return SavedRun.start(v.apply(Experiment.chapter()));
    }

    @Test
    void itHoldsTheSettingAndEachRunsValueAsTheCommandLineWritesThem() {
        SavedComparison c = SavedComparison.of(ladder, List.of(startOf(ladder.get(1)), startOf(ladder.get(2))));

        assertEquals("lr=0.01,0.001,0.1", c.describe());
        assertEquals(List.of("α = 0.01", "α = 0.001", "α = 0.1"), c.variants().stream().map(Variant::label).toList());
    }

    @Test
    void aRunForEachValueAfterTheFirstIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SavedComparison.of(ladder, List.of(startOf(ladder.get(1)))));

        assertEquals("3 values compared but 1 runs saved beside the first: expected 2", e.getMessage());
    }

    @Test
    void aRunOfAnotherShapeIsRefusedNamingTheRun() {
        Experiment relu = new Experiment(Experiment.chapter().initial().withActivations(
                List.of(Activation.RELU, Activation.SIGMOID, Activation.SIGMOID)),
                Experiment.chapter().data(), 0.001);
        SavedComparison c = SavedComparison.of(ladder, List.of(SavedRun.start(relu), startOf(ladder.get(2))));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chapter.withComparison(c));

        assertEquals("run 2 (α = 0.001) has the network 1-4-2-1 relu,sigmoid,sigmoid, not its variant's 1-4-2-1"
                + " sigmoid,sigmoid,sigmoid", e.getMessage());
    }

    @Test
    void aMemoryOfAnotherOptimiserIsRefusedNamingTheRun() {
        List<Variant> optimizers = Variants.classicOptimizers(OptimizerSpec.chapter());
        Trainer adam = optimizers.get(2).apply(Experiment.chapter()).start();
        adam.iterate(3);
        SavedRun adamAsMomentum = new SavedRun(adam.network(), 3, 0.01, adam.optimizer().memory(),
                adam.batchPosition(), LossRecord.EMPTY);
        SavedComparison c = SavedComparison.of(optimizers, List.of(adamAsMomentum, startOf(optimizers.get(2))));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> chapter.withComparison(c));

        assertEquals("run 2 (" + Momentum.KIND.id() + "): the optimiser's memory has no \"velocity\"", e.getMessage());
    }

    @Test
    void everyStateMadeFromOneWithAComparisonHasNone() {
        SavedExperiment compared = chapter.withComparison(SavedComparison.of(ladder,
                List.of(startOf(ladder.get(1)), startOf(ladder.get(2)))));

        assertNull(compared.restarted().comparison());
        assertNull(compared.withProgress(chapter.network(), 5, 0.01).comparison());
    }
}
