package studio.backprop.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.engine.Experiment;
import studio.backprop.io.InputException;

/**
 * The options of every command that trains: the network and the data ({@link ModelFiles}) and the
 * learning rate, each defaulting to the chapter's example. Files are read when {@link #experiment()} is called, so a bad file is reported
 * as an {@link InputException} naming the file and the place.
 */
final class ExperimentOptions {
    @Mixin
    private ModelFiles files;

    @Option(names = "--lr", paramLabel = "ALPHA", defaultValue = "0.01", converter = Converters.LearningRate.class,
            description = "Learning rate, a positive number (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    /** True when a network or data file replaces the chapter's. */
    boolean custom() {
        return files.custom();
    }

    /** For a window title: "chapter example" or the files' names. */
    String describe() {
        return files.describe();
    }

    double learningRate() {
        return learningRate;
    }

    /**
     * Reads the files given, the network first.
     *
     * @throws InputException          a file is missing or malformed
     * @throws IllegalArgumentException the network and data do not fit together
     */
    Experiment experiment() throws InputException {
        return new Experiment(files.network(), files.data(), learningRate); // left to right: the network first
    }
}
