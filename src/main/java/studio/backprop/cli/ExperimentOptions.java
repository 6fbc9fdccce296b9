package studio.backprop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Features;
import studio.backprop.engine.Network;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.io.CaseFile;
import studio.backprop.io.ExperimentFile;
import studio.backprop.io.InputException;

/**
 * The options of every command that trains: the network and the data ({@link ModelFiles}), the
 * learning rate and the optimiser, each defaulting to the chapter's example, or an experiment file
 * holding them all.
 * Files are read when {@link #experiment()} is called, so a bad file is reported as an
 * {@link InputException} naming the file and the place.
 */
final class ExperimentOptions {
    @Mixin
    private ModelFiles files;

    @Mixin
    private TrainingFlags training;

    @Option(names = "--experiment", paramLabel = "FILE",
            description = "A saved experiment: starts from the weights it reached, with its data and learning rate;"
                    + " iterations count from 0. Not with --network or --data.")
    private Path experiment;

    @Option(names = "--case", paramLabel = "FILE",
            description = "A case file of the C yardstick (../shared/bench/*.net): its network, data and learning"
                    + " rate, every layer a sigmoid. Not with --network, --data or --experiment.")
    private Path caseFile;

    // No picocli default: an experiment file's rate applies unless --lr is given.
    @Option(names = "--lr", paramLabel = "ALPHA", converter = Converters.LearningRate.class,
            description = "Learning rate, a positive number (default: 0.01, or the experiment file's).")
    private Double learningRate;

    // No picocli default: an experiment file's optimiser applies unless --optimizer is given.
    @Option(names = "--optimizer", paramLabel = "ID", converter = Converters.OptimizerOption.class,
            description = "How the weights are updated: gd (the chapter's gradient descent, the default, or the"
                    + " experiment file's), sgd (in batches), momentum or adam; settings follow a colon, as in"
                    + " momentum:mu=0.9.")
    private OptimizerSpec optimizer;

    @Option(names = "--features", paramLabel = "F[,F...]", converter = Converters.FeatureList.class,
            description = "What the network sees instead of the data's inputs, one input neuron each: for one input"
                    + " x, x^2, x^3, sin(pi*x); for two x1, x2, x1^2, x2^2, x1*x2, sin(pi*x1), sin(pi*x2). The"
                    + " network file needs one input per feature. Not with --experiment or --case.")
    private Features features;

    /** True when a file replaces the chapter's example. */
    boolean custom() {
        return files.custom() || experiment != null || caseFile != null;
    }

    /** How the data file was read ("points.csv: 5 points, semicolon-separated, decimal comma"), once it was. */
    java.util.Optional<String> dataRead() {
        return files.dataRead();
    }

    /** For a window title: "chapter example" or the files' names. */
    String describe() {
        Path file = experiment != null ? experiment : caseFile;
        return file != null ? file.getFileName().toString() : files.describe();
    }

    /**
     * Reads the files given, the network first. From an experiment file, the weights it reached become the
     * initial weights: training goes on from there, counting from 0.
     *
     * @throws InputException          a file is missing or malformed
     * @throws IllegalArgumentException the network and data do not fit together
     */
    Experiment experiment() throws InputException {
        if (features != null && (caseFile != null || experiment != null)) {
            throw new UsageException("--features", "cannot be combined with " + (caseFile != null ? "--case" : "--experiment")
                    + ": its data are the network's inputs already");
        }
        if (caseFile != null) {
            if (files.custom() || experiment != null) {
                throw new UsageException("--case", "cannot be combined with "
                        + (experiment != null ? "--experiment" : files.given()) + ": the case file holds the network and the data");
            }
            return overridden(CaseFile.read(caseFile));
        }
        if (experiment != null) {
            if (files.custom()) {
                throw new UsageException("--experiment", "cannot be combined with " + files.given()
                        + ": the experiment file holds the network and the data");
            }
            return overridden(ExperimentFile.read(experiment).continued());
        }
        // Left to right: the network first.
        Network network = features == null ? files.network() : seeing(files.network());
        return training.apply(new Experiment(network, files.data(network),
                learningRate == null ? ChapterExample.LEARNING_RATE : learningRate,
                optimizer == null ? OptimizerSpec.chapter() : optimizer));
    }

    /** The network's input layer seeing the features, one neuron each. */
    private Network seeing(Network network) {
        int inputs = network.architecture().size(0);
        if (inputs != features.count()) {
            throw new UsageException("--features", "names " + features.count() + (features.count() == 1 ? " feature" :
                    " features") + " (" + features.describe() + "), so the network needs as many inputs, one per"
                    + " feature; it has " + inputs);
        }
        return network.seeing(features);
    }

    /** A file's experiment with the rate, the optimiser and the training flags given on the command line. */
    private Experiment overridden(Experiment fromFile) {
        Experiment e = learningRate == null ? fromFile : fromFile.withLearningRate(learningRate);
        return training.apply(optimizer == null ? e : e.withOptimizer(optimizer));
    }
}
