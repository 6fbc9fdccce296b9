package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.WeightArrays;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.LossHistory;
import studio.backprop.training.LossRecord;

/** Version 2 keeps the training options, the optimiser's memory, the batches' place and the held-out losses. */
class ExperimentFileVersion2Test {
    static final TrainingOptions OPTIONS = new TrainingOptions(2, OptionalLong.of(7), new Penalty(0.0005, 0.001),
            List.of(3));
    /** The chapter's start, as files of version 1 were written before version 2 existed. */
    static final String CHAPTER_START = """
            {"format": "backprop-studio-experiment", "version": 1,
            "preset": "chapter",
            "init": {"method": "chapter", "sigma": 1.0, "seed": 0},
            "learningRate": 0.01,
            "iteration": 0,
            "network": {"layers": [
              {"activation":"sigmoid","weights":[[5.0],[-5.0],[5.0],[-5.0]],"biases":[-0.75,1.75,-3.25,4.25]},
              {"activation":"sigmoid","weights":[[10.0,10.0,0.0,0.0],[0.0,0.0,10.0,10.0]],"biases":[-12.5,-12.5]},
              {"activation":"sigmoid","weights":[[10.0,10.0]],"biases":[-2.5]}
            ]},
            "initialNetwork": {"layers": [
              {"activation":"sigmoid","weights":[[5.0],[-5.0],[5.0],[-5.0]],"biases":[-0.75,1.75,-3.25,4.25]},
              {"activation":"sigmoid","weights":[[10.0,10.0,0.0,0.0],[0.0,0.0,10.0,10.0]],"biases":[-12.5,-12.5]},
              {"activation":"sigmoid","weights":[[10.0,10.0]],"biases":[-2.5]}
            ]},
            "data": [
              [0.0, 0.0],
              [0.25, 1.0],
              [0.5, 0.5],
              [0.75, 1.0],
              [1.0, 0.0]
            ]}
            """;

    @TempDir
    Path dir;

    /** The chapter's network and data trained 5 iterations by {@code optimizer} with {@link #OPTIONS}. */
    static SavedExperiment trained(String optimizer, LossRecord history) {
        OptimizerSpec spec = OptimizerSpec.of(optimizer, Map.of());
        Experiment e = new Experiment(ChapterExample.network(), ChapterExample.data(), 0.01, spec, OPTIONS);
        Trainer t = e.start();
        t.iterate(5);
        return new SavedExperiment(t.network(), e.initial(), e.data(), 0.01, t.iteration(), "chapter",
                WeightInit.chapter(), spec, t.optimizer().copy(), history, OPTIONS, t.batchPosition());
    }

    private SavedExperiment roundTrip(SavedExperiment saved) throws Exception {
        Path file = dir.resolve("v2.bpexp.json");
        ExperimentFile.write(saved, file);
        return ExperimentFile.read(file);
    }

    static void assertSameMemory(OptimizerMemory expected, OptimizerMemory actual) {
        assertEquals(expected.updates(), actual.updates(), "updates");
        assertEquals(expected.arrays().keySet(), actual.arrays().keySet());
        expected.arrays().forEach((name, values) -> {
            WeightArrays back = actual.arrays().get(name);
            assertArrayEquals(values.a(), back.a(), name); // Arrays.equals on doubles: bit for bit
            assertArrayEquals(values.b(), back.b(), name);
        });
    }

    @Test
    void theTrainingOptionsReadBackAsTheyWere() throws Exception {
        SavedExperiment back = roundTrip(trained("sgd", LossRecord.EMPTY));

        assertEquals(OPTIONS, back.options());
        assertTrue(ExperimentFile.toJson(back).contains("\n\"training\": {\"batchSize\": 2, \"shuffle\": 7, \"penalty\":"
                + " {\"l1\": 5.0E-4, \"l2\": 0.001}, \"heldOut\": [4]},\n"), "held-out points numbered from 1");
    }

    @Test
    void theBatchPositionReadsBackAsItWas() throws Exception {
        SavedExperiment saved = trained("sgd", LossRecord.EMPTY);

        assertEquals(new BatchPosition(2, 2), saved.position()); // mid-epoch: 4 points in batches of 2, 5 updates
        assertEquals(saved.position(), roundTrip(saved).position());
    }

    @Test
    void adamsMomentsAndItsUpdateCountReadBackBitForBit() throws Exception {
        SavedExperiment saved = trained("adam", LossRecord.EMPTY);

        SavedExperiment back = roundTrip(saved);

        assertEquals(5, back.memory().memory().updates());
        assertSameMemory(saved.memory().memory(), back.memory().memory());
        assertEquals(saved.network(), back.network());
        assertEquals(saved.optimizer(), back.optimizer());
    }

    @Test
    void momentumsVelocityReadsBackBitForBit() throws Exception {
        SavedExperiment saved = trained("momentum", LossRecord.EMPTY);

        assertSameMemory(saved.memory().memory(), roundTrip(saved).memory().memory());
    }

    @Test
    void theHeldOutLossHistoryReadsBackBesideTheTrainingOne() throws Exception {
        LossRecord record = new LossRecord(
                LossHistory.Frozen.of(new long[] {0, 2}, new double[] {1, 0.5}, new double[] {1.5, 0.9},
                        new double[] {1, 0.5}), new long[] {3}, new long[] {1},
                LossHistory.Frozen.of(new long[] {0, 2}, new double[] {0.1, 1 / 3.0}, new double[] {0.15, 0.4},
                        new double[] {0.1, 1 / 3.0}));

        assertEquals(record, roundTrip(trained("gd", record)).history());
    }

    @Test
    void everyVersion2FieldIsInTheFileUnderItsName() {
        String json = ExperimentFile.toJson(trained("adam", LossRecord.EMPTY));

        for (String field : new String[] {"\"version\": 2", "\n\"training\": {", "\n\"batchPosition\": {\"epoch\": 2,"
            + " \"position\": 2},\n", "\n\"optimizerMemory\": {\"updates\": 5,\n\"m\": [\n  {\"weights\":[[",
            "\n],\n\"v\": [\n  {\"weights\":[["}) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }

    @Test
    void theChaptersStartIsWrittenAsVersion1ByteForByteAsBefore() {
        assertEquals(CHAPTER_START,
                ExperimentFile.toJson(SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter())));
    }

    @Test
    void theChaptersTrainingAsTheAppKeepsItIsWrittenAsVersion1() {
        // The app keeps the chapter's optimiser and the epoch reached, which a version 1 file does without.
        Trainer t = Experiment.chapter().start();
        t.iterate(30);
        SavedExperiment plain = SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter())
                .withProgress(t.network(), 30, 0.01);
        SavedExperiment kept = new SavedExperiment(t.network(), plain.initialNetwork(), plain.data(), 0.01, 30,
                "chapter", plain.init(), plain.optimizer(), t.optimizer().copy(), plain.history(),
                TrainingOptions.CHAPTER, t.batchPosition());

        assertEquals(new BatchPosition(30, 0), kept.position());
        assertEquals(ExperimentFile.toJson(plain), ExperimentFile.toJson(kept));
        assertTrue(ExperimentFile.toJson(kept).startsWith("{\"format\": \"backprop-studio-experiment\", \"version\": 1,"));
    }

    @Test
    void anOptimiserThatRemembersNothingYetLeavesTheFileVersion1() {
        OptimizerSpec adam = OptimizerSpec.of("adam", Map.of());
        Experiment e = Experiment.chapter().withOptimizer(adam);
        SavedExperiment start = new SavedExperiment(e.initial(), e.initial(), e.data(), 0.01, 0, null,
                WeightInit.chapter(), adam, adam.create(e.initial().architecture()), LossRecord.EMPTY);

        assertTrue(ExperimentFile.toJson(start).contains("\"version\": 1,"), ExperimentFile.toJson(start));
    }

    @Test
    void aVersion1FileOpensWithTheChaptersOptionsAtTheStartAndAFreshOptimiser() throws InputException {
        SavedExperiment read = ExperimentFile.parse(CHAPTER_START, "old.json");

        assertEquals(TrainingOptions.CHAPTER, read.options());
        assertEquals(BatchPosition.START, read.position());
        assertNull(read.memory());
        assertEquals(SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter()), read);
    }

    @Test
    void aVersion2FileWithOnlyTheChaptersDefaultsOpensAsItsVersion1Twin() throws InputException {
        SavedExperiment read = ExperimentFile.parse(CHAPTER_START.replace("\"version\": 1", "\"version\": 2"), "e.json");

        assertEquals(ExperimentFile.parse(CHAPTER_START, "old.json"), read);
    }
}
