package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.LossHistory;
import studio.backprop.training.LossRecord;

class ExperimentFileTest {
    @TempDir
    Path dir;

    static SavedExperiment trainedChapter() {
        Trainer descent = Experiment.chapter().start();
        descent.iterate(250);
        return SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter())
                .withProgress(descent.network(), descent.iteration(), 0.02);
    }

    @Test
    void aTrainedExperimentReadsBackEqualAfterWritingAndReading() throws Exception {
        SavedExperiment saved = trainedChapter();
        Path file = dir.resolve("chapter.bpexp.json");
        ExperimentFile.write(saved, file);
        assertEquals(saved, ExperimentFile.read(file));
    }

    @Test
    void awkwardDoublesSurviveTheRoundTripBitForBit() throws Exception {
        double[] values = AwkwardDoubles.sample(60);
        double[] x = Arrays.copyOfRange(values, 0, 30);
        double[] y = Arrays.copyOfRange(values, 30, 60);
        Architecture arch = Architecture.sigmoid(1, 3, 1);
        Network network = new Network(arch, new double[][] {{values[0], values[1], values[2]}, {values[3], values[4],
            values[5]}}, new double[][] {{values[6], values[7], values[8]}, {values[9]}});
        Network initial = new Network(arch, new double[][] {{values[40], values[41], values[42]}, {values[43],
            values[44], values[45]}}, new double[][] {{values[46], values[47], values[48]}, {values[49]}});
        SavedExperiment saved = new SavedExperiment(network, initial, DataSet.of1D(x, y), 4.35, Long.MAX_VALUE, "sine",
                WeightInit.normal(0.30000000000000004, Long.MIN_VALUE));
        SavedExperiment back = ExperimentFile.parse(ExperimentFile.toJson(saved), "e.json");
        assertArrayEquals(AwkwardDoubles.bits(x), AwkwardDoubles.bits(back.data().xs()));
        assertArrayEquals(AwkwardDoubles.bits(y), AwkwardDoubles.bits(back.data().ys()));
        assertArrayEquals(AwkwardDoubles.bits(network.weights(1)), AwkwardDoubles.bits(back.network().weights(1)));
        assertArrayEquals(AwkwardDoubles.bits(initial.biases(1)), AwkwardDoubles.bits(back.initialNetwork().biases(1)));
        assertEquals(saved, back);
    }

    @Test
    void theFileHoldsTheFieldsTheIssueNames() {
        String json = ExperimentFile.toJson(trainedChapter());
        for (String field : new String[] {"\"format\": \"backprop-studio-experiment\"", "\"version\": 1",
            "\"network\": {\"layers\"", "\"initialNetwork\": {\"layers\"", "\"data\": [", "\"learningRate\": 0.02",
            "\"iteration\": 250"}) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }

    @Test
    void theChaptersOptimiserIsLeftOutOfTheFileAndReadWhenGiven() throws InputException {
        String json = ExperimentFile.toJson(trainedChapter());
        assertFalse(json.contains("optimizer"), json);

        SavedExperiment named = ExperimentFile.parse(json.replace("\"learningRate\"",
                "\"optimizer\": {\"id\": \"gd\"}, \"learningRate\""), "e.json");

        assertEquals(OptimizerSpec.chapter(), named.optimizer());
        assertEquals(trainedChapter(), named);
    }

    @Test
    void presetAndInitMayBeLeftOut() throws InputException {
        String json = ExperimentFile.toJson(SavedExperiment.start(Experiment.chapter(), null, WeightInit.chapter()))
                .replaceAll("\"init\": \\{[^}]*\\},\n", "");
        SavedExperiment read = ExperimentFile.parse(json, "e.json");
        assertEquals(null, read.preset());
        assertEquals(WeightInit.chapter(), read.init());
        assertEquals(Experiment.chapter(), read.experiment());
    }

    @Test
    void aFailedSaveLeavesTheOldFileAsItWasAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("e.json");
        ExperimentFile.write(trainedChapter(), file);
        byte[] before = Files.readAllBytes(file);
        String other = ExperimentFile.toJson(SavedExperiment.start(Experiment.chapter(), null, WeightInit.chapter()));
        assertThrows(IOException.class, () -> AtomicWrite.write(file, other, () -> {
            throw new IOException("disk full");
        }));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theLossHistoryAndItsMarksReadBackBitForBit() throws Exception {
        double[] v = AwkwardDoubles.sample(30);
        long[] first = new long[10];
        double[][] rss = new double[3][10];
        for (int k = 0; k < 10; k++) {
            first[k] = k * 7L;
            double[] three = {Math.abs(v[3 * k]), Math.abs(v[3 * k + 1]), Math.abs(v[3 * k + 2])};
            Arrays.sort(three); // min, max and last in between
            rss[0][k] = three[0];
            rss[1][k] = three[2];
            rss[2][k] = three[1];
        }
        LossRecord record = new LossRecord(LossHistory.Frozen.of(first, rss[0], rss[1], rss[2]), new long[] {14, 70},
                new long[] {35, 63});
        SavedExperiment trained = trainedChapter();
        SavedExperiment saved = new SavedExperiment(trained.network(), trained.initialNetwork(), trained.data(),
                trained.learningRate(), 70, "chapter", trained.init(), trained.optimizer(), record);

        Path file = dir.resolve("with-history.json");
        ExperimentFile.write(saved, file);
        LossRecord back = ExperimentFile.read(file).history();

        assertEquals(record, back); // Arrays.equals compares doubles bit for bit
        for (int k = 0; k < 10; k++) {
            assertEquals(Double.doubleToRawLongBits(rss[2][k]), Double.doubleToRawLongBits(back.losses().last(k)));
        }
        assertTrue(Files.readString(file).contains("\"history\": {\"rateChanges\": [14, 70], \"edits\": [35, 63],\n"
                + "\"buckets\": [\n  [0, "), Files.readString(file));
    }

    @Test
    void aFileWrittenBeforeHistoriesWereKeptOpensWithNoHistory() throws InputException {
        // As version 1 files were written before: no "history" field.
        String before = ExperimentFile.toJson(trainedChapter());
        assertFalse(before.contains("history"), before);
        SavedExperiment read = ExperimentFile.parse(before, "old.json");
        assertEquals(LossRecord.EMPTY, read.history());
        assertEquals(250, read.iteration());
    }
}
