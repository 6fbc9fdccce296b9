package studio.backprop.engine;

import java.util.Objects;

/**
 * Everything a training run starts from: the initial weights (which carry the architecture and its
 * activations), the data and the learning rate. Reset rebuilds from it.
 */
public record Experiment(Network initial, DataSet data, double learningRate) {

    public Experiment {
        Objects.requireNonNull(initial, "initial network");
        Objects.requireNonNull(data, "data");
        Trainer.requireFits(initial.architecture(), data);
        Trainer.requireLearningRate(learningRate);
    }

    /** The chapter's example: the default everywhere. */
    public static Experiment chapter() {
        return new Experiment(ChapterExample.network(), ChapterExample.data(), ChapterExample.LEARNING_RATE);
    }

    public Experiment withLearningRate(double alpha) {
        return new Experiment(initial, data, alpha);
    }

    /** A fresh trainer at iteration 0. */
    public Trainer start() {
        return new Trainer(initial, data, learningRate);
    }
}
