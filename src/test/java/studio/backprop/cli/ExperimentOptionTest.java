package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.WeightInit;
import studio.backprop.io.ExperimentFile;
import studio.backprop.io.NetworkFile;
import studio.backprop.model.SavedExperiment;

/** train --experiment goes on from the weights an experiment file reached. */
class ExperimentOptionTest {
    @TempDir
    Path dir;

    /** The chapter after 300 iterations, saved with a learning rate of 0.02. */
    private Path trained() throws Exception {
        Trainer descent = Experiment.chapter().start();
        descent.iterate(300);
        SavedExperiment saved = SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter())
                .withProgress(descent.network(), 300, 0.02);
        Path file = dir.resolve("trained.json");
        ExperimentFile.write(saved, file);
        return file;
    }

    @Test
    void trainStartsFromTheReachedWeightsWithTheFilesRateCountingFromZero() throws Exception {
        Path file = trained();
        var line = CliRun.of("train", "--experiment", file.toString(), "--iterations", "100", "--json")
                .succeeded().jsonLines().get(0);
        assertEquals(100, line.get("iteration").asLong());
        Trainer expected = ExperimentFile.read(file).continued().start();
        assertEquals(0.02, expected.learningRate());
        expected.iterate(100);
        assertEquals(expected.rss(), line.get("rss").doubleValue());
    }

    @Test
    void anExplicitLearningRateOverridesTheFiles() throws Exception {
        Path file = trained();
        String withLr = CliRun.of("train", "--experiment", file.toString(), "--lr", "0.05", "--json").succeeded().out();
        Path net = dir.resolve("net.json");
        NetworkFile.write(ExperimentFile.read(file).network(), net);
        assertEquals(CliRun.of("train", "--network", net.toString(), "--lr", "0.05", "--json").succeeded().out(), withLr);
    }

    @Test
    void anExperimentFileCannotBeCombinedWithANetworkOrDataFile() throws Exception {
        Path file = trained();
        CliRun.of("train", "--experiment", file.toString(), "--data", file.toString())
                .rejectedWith("--experiment: cannot be combined with --data");
    }

    @Test
    void aMalformedExperimentIsOneLineNamingTheFileThePlaceAndTheProblem() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, ExperimentFile.toJson(SavedExperiment.start(Experiment.chapter(), null,
                WeightInit.chapter())).replace("\"version\": 1", "\"version\": 3"));
        CliRun.of("train", "--experiment", file.toString())
                .rejectedWith("bad.json: \"version\": written by a newer Backprop Studio (version 3)");
    }

    @Test
    void theHelpMentionsTheExperimentOption() {
        String help = CliRun.of("train", "--help").succeeded().out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--experiment=FILE"), help);
        assertTrue(help.contains("default: 0.01, or the experiment file's"), help);
    }

    @Test
    void theChaptersOptimiserNamedOnTheCommandLineTrainsAsTheDefaultDoes() {
        String named = CliRun.of("train", "--optimizer", "gd", "--iterations", "50", "--json").succeeded().out();

        assertEquals(CliRun.of("train", "--iterations", "50", "--json").succeeded().out(), named);
    }

    @Test
    void anUnknownOptimiserIsRefusedNamingTheKnownOnes() {
        CliRun.of("train", "--optimizer", "nesterov").rejectedWith("--optimizer", "unknown optimiser \"nesterov\" (known: gd, sgd, momentum, adam)");
    }

    @Test
    void anOptimiserSettingThatIsNotANumberIsRefused() {
        CliRun.of("train", "--optimizer", "gd:mu=0x1p3").rejectedWith("--optimizer", "\"mu=0x1p3\" is not a setting like mu=0.9");
    }

    @Test
    void aSettingGivenTwiceOrAnEmptyOneIsRefused() {
        CliRun.of("train", "--optimizer", "gd:mu=1,mu=2").rejectedWith("--optimizer", "mu is given twice");
        CliRun.of("train", "--optimizer", "gd:mu=1,").rejectedWith("--optimizer", "\"\" is not a setting like mu=0.9");
    }
}
