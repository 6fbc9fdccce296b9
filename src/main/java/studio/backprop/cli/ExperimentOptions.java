package studio.backprop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.io.DataFile;
import studio.backprop.io.ExperimentFile;
import studio.backprop.io.InputException;
import studio.backprop.io.NetworkFile;

/**
 * The options every subcommand shares: the network, the data and the learning rate, each defaulting to
 * the chapter's example, or an experiment file holding all three. Files are read when {@link #experiment()}
 * is called, so a bad file is reported as an {@link InputException} naming the file and the place.
 */
final class ExperimentOptions {
    @Option(names = "--network", paramLabel = "FILE",
            description = "Initial weights as JSON (default: the chapter's 1-4-2-1 network).")
    private Path network;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Training points as CSV lines x,y (default: the chapter's five points).")
    private Path data;

    @Option(names = "--experiment", paramLabel = "FILE",
            description = "A saved experiment: starts from the weights it reached, with its data and learning rate;"
                    + " iterations count from 0. Not with --network or --data.")
    private Path experiment;

    // No picocli default: an experiment file's rate applies unless --lr is given.
    @Option(names = "--lr", paramLabel = "ALPHA", converter = Converters.LearningRate.class,
            description = "Learning rate, a positive number (default: 0.01, or the experiment file's).")
    private Double learningRate;

    /** True when a file replaces the chapter's example. */
    boolean custom() {
        return network != null || data != null || experiment != null;
    }

    /** For a window title: "chapter example" or the files' names. */
    String describe() {
        if (experiment != null) {
            return experiment.getFileName().toString();
        }
        if (!custom()) {
            return "chapter example";
        }
        return (network == null ? "chapter network" : network.getFileName().toString()) + ", "
                + (data == null ? "chapter data" : data.getFileName().toString());
    }

    /**
     * Reads the files given, the network first. From an experiment file, the weights it reached become the
     * initial weights: training goes on from there, counting from 0.
     *
     * @throws InputException          a file is missing or malformed
     * @throws IllegalArgumentException the network and data do not fit together
     */
    Experiment experiment() throws InputException {
        if (experiment != null) {
            if (network != null || data != null) {
                throw new UsageException("--experiment", "cannot be combined with "
                        + (network != null ? "--network" : "--data") + ": the experiment file holds the network and the data");
            }
            Experiment saved = ExperimentFile.read(experiment).continued();
            return learningRate == null ? saved : saved.withLearningRate(learningRate);
        }
        Network initial = network == null ? ChapterExample.network() : NetworkFile.read(network);
        DataSet points = data == null ? ChapterExample.data() : DataFile.read(data);
        return new Experiment(initial, points, learningRate == null ? ChapterExample.LEARNING_RATE : learningRate);
    }
}
