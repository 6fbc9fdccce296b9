package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Combinations;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.LayerVariants;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedComparison;
import studio.backprop.model.SavedExperiment;
import studio.backprop.model.SavedRun;
import studio.backprop.training.LossHistory;
import studio.backprop.training.LossRecord;

/** A file keeps runs compared side by side: what differs, and where each run had got, bit for bit. */
class ComparisonFileTest {
    /** A loss chart of two buckets before iteration 5, with a held-out one beside it. */
    static final LossRecord CHART = new LossRecord(
            LossHistory.Frozen.of(new long[] {0, 2}, new double[] {1, 0.5}, new double[] {1.5, 0.9},
                    new double[] {1, 0.5}), new long[] {3}, new long[] {1},
            LossHistory.Frozen.of(new long[] {0, 2}, new double[] {0.1, 1 / 3.0}, new double[] {0.15, 0.4},
                    new double[] {0.1, 1 / 3.0}));

    @TempDir
    Path dir;

    /**
     * The chapter's network and data with {@code optimizer}, batches of 2 shuffled, a penalty and point 4
     * held out, compared as {@code variants} say; run k trained 5 + k iterations.
     */
    static SavedExperiment compared(String optimizer, List<Variant> variants) {
        OptimizerSpec spec = OptimizerSpec.of(optimizer, Map.of());
        Experiment base = new Experiment(ChapterExample.network(), ChapterExample.data(), 0.01, spec,
                ExperimentFileVersion2Test.OPTIONS);
        List<SavedRun> runs = new ArrayList<>();
        SavedExperiment first = null;
        for (int k = 0; k < variants.size(); k++) {
            Experiment e = variants.get(k).apply(base);
            Trainer t = e.start();
            t.iterate(5 + k);
            if (k == 0) {
                first = new SavedExperiment(t.network(), base.initial(), base.data(), e.learningRate(), t.iteration(),
                        "chapter", WeightInit.chapter(), e.optimizer(), t.optimizer().copy(), LossRecord.EMPTY,
                        e.options(), t.batchPosition());
            } else {
                runs.add(new SavedRun(t.network(), t.iteration(), e.learningRate(), t.optimizer().memory(),
                        t.batchPosition(), k == 1 ? CHART : LossRecord.EMPTY));
            }
        }
        return first.withComparison(SavedComparison.of(variants, runs));
    }

    /** Three learning rates of Adam. */
    static SavedExperiment ladder() {
        return compared("adam", Variants.ladder(0.01));
    }

    private SavedExperiment roundTrip(SavedExperiment saved) throws Exception {
        Path file = dir.resolve("compared.bpexp.json");
        ExperimentFile.write(saved, file);
        return ExperimentFile.read(file);
    }

    private static void assertSameRuns(SavedComparison expected, SavedComparison actual) {
        assertEquals(expected.key(), actual.key());
        assertEquals(expected.values(), actual.values());
        assertEquals(expected.runs().size(), actual.runs().size());
        for (int k = 0; k < expected.runs().size(); k++) {
            SavedRun want = expected.runs().get(k);
            SavedRun got = actual.runs().get(k);
            String run = "run " + (k + 2);
            assertEquals(want.network(), got.network(), run); // Network.equals: bit for bit
            assertEquals(want.iteration(), got.iteration(), run);
            assertEquals(Double.doubleToLongBits(want.learningRate()), Double.doubleToLongBits(got.learningRate()));
            ExperimentFileVersion2Test.assertSameMemory(want.memory(), got.memory());
            assertEquals(want.position(), got.position(), run);
            assertEquals(want.history(), got.history(), run);
        }
    }

    @Test
    void everyComparedRunReadsBackBitForBitWeightsMemoryPlaceAndLossChart() throws Exception {
        SavedExperiment saved = ladder();

        SavedExperiment back = roundTrip(saved);

        assertSameRuns(saved.comparison(), back.comparison());
        assertEquals(saved.network(), back.network(), "run 1 is the file's own run");
        ExperimentFileVersion2Test.assertSameMemory(saved.memory().memory(), back.memory().memory());
    }

    @Test
    void eachRunsMemoryIsReadAsItsOwnOptimisersMomentumVelocityAndAdamMoments() throws Exception {
        SavedExperiment saved = compared("gd", Variants.classicOptimizers(OptimizerSpec.chapter()));

        SavedExperiment back = roundTrip(saved);

        assertEquals(List.of("gd", "momentum:mu=0.9", "adam:beta1=0.9,beta2=0.999,epsilon=1.0E-8"),
                back.comparison().values());
        assertEquals(List.of("velocity"), List.copyOf(back.comparison().runs().get(0).memory().arrays().keySet()));
        assertEquals(List.of("m", "v"), List.copyOf(back.comparison().runs().get(1).memory().arrays().keySet()));
        assertSameRuns(saved.comparison(), back.comparison());
    }

    @Test
    void runsOfOtherLayersReadBackWithTheirOwnShapesBitForBit() throws Exception {
        SavedExperiment saved = compared("gd", LayerVariants.widths(ChapterExample.network().architecture(),
                WeightInit.normal(1, 3)));

        SavedExperiment back = roundTrip(saved);

        assertEquals("1-16-8-1", back.comparison().runs().get(1).network().architecture().describe());
        assertSameRuns(saved.comparison(), back.comparison());
    }

    @Test
    void runsThatDifferInTwoSettingsReadBackAsTheSameRuns() throws Exception {
        SavedExperiment saved = compared("gd", Combinations.of(List.of(
                Variants.parse("optimizer", List.of("gd", "momentum")), Variants.parse("lr", List.of("0.1", "0.01")))));

        SavedExperiment back = roundTrip(saved);

        assertEquals("optimizer+lr", back.comparison().key());
        assertEquals(List.of("gd, α = 0.1", "momentum, α = 0.01"),
                back.comparison().variants().stream().map(Variant::label).toList());
        assertSameRuns(saved.comparison(), back.comparison());
    }

    @Test
    void theComparisonIsWrittenLastWithItsValuesAsTextAndOneLayerALine() {
        String json = ExperimentFile.toJson(ladder());

        assertTrue(json.startsWith("{\"format\": \"backprop-studio-experiment\", \"version\": 2,"), json);
        assertTrue(json.contains("\n\"comparison\": {\"key\": \"lr\", \"values\": [\"0.01\", \"0.001\", \"0.1\"],\n"
                + "\"runs\": [\n{\"learningRate\": 0.001, \"iteration\": 6,\n\"batchPosition\": {\"epoch\": 3,"
                + " \"position\": 0},\n\"network\": {\"layers\": [\n  {\"activation\":\"sigmoid\",\"weights\":[["), json);
        assertTrue(json.contains(",\n{\"learningRate\": 0.1, \"iteration\": 7,\n"), "run 3 after run 2: " + json);
        assertTrue(json.endsWith("\n]}}\n"), json);
    }

    @Test
    void aComparisonOfTheChaptersTrainingAtItsStartIsWrittenAsVersion2() throws Exception {
        SavedExperiment start = SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter());
        List<Variant> ladder = Variants.ladder(0.01);
        SavedExperiment compared = start.withComparison(SavedComparison.of(ladder, List.of(
                SavedRun.start(ladder.get(1).apply(Experiment.chapter())),
                SavedRun.start(ladder.get(2).apply(Experiment.chapter())))));

        String json = ExperimentFile.toJson(compared);

        assertTrue(json.contains("\"version\": 2,"), json);
        assertEquals(ExperimentFileVersion2Test.CHAPTER_START, ExperimentFile.toJson(compared.withComparison(null)));
        assertEquals(compared.comparison(), roundTrip(compared).comparison());
    }

    @Test
    void aFileWithoutAComparisonHasNoneAndReadsBackWithNone() throws Exception {
        SavedExperiment alone = ExperimentFileVersion2Test.trained("adam", LossRecord.EMPTY);

        assertFalse(ExperimentFile.toJson(alone).contains("comparison"));
        assertNull(roundTrip(alone).comparison());
    }
}
