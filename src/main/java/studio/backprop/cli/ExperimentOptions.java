package studio.backprop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.io.DataFile;
import studio.backprop.io.InputException;
import studio.backprop.io.NetworkFile;

/**
 * The options every subcommand shares: the network, the data and the learning rate, each defaulting to
 * the chapter's example. Files are read when {@link #experiment()} is called, so a bad file is reported
 * as an {@link InputException} naming the file and the place.
 */
final class ExperimentOptions {
    @Option(names = "--network", paramLabel = "FILE",
            description = "Initial weights as JSON (default: the chapter's 1-4-2-1 network).")
    private Path network;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Training points as CSV lines x,y (default: the chapter's five points).")
    private Path data;

    @Option(names = "--lr", paramLabel = "ALPHA", defaultValue = "0.01", converter = Converters.LearningRate.class,
            description = "Learning rate, a positive number (default: ${DEFAULT-VALUE}).")
    private double learningRate;

    /** True when a network or data file replaces the chapter's. */
    boolean custom() {
        return network != null || data != null;
    }

    /** For a window title: "chapter example" or the files' names. */
    String describe() {
        if (!custom()) {
            return "chapter example";
        }
        return (network == null ? "chapter network" : network.getFileName().toString()) + ", "
                + (data == null ? "chapter data" : data.getFileName().toString());
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
        Network initial = network == null ? ChapterExample.network() : NetworkFile.read(network);
        DataSet points = data == null ? ChapterExample.data() : DataFile.read(data);
        return new Experiment(initial, points, learningRate);
    }
}
