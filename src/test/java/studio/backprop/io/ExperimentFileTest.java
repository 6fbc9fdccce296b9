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
}
