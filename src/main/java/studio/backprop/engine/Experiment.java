package studio.backprop.engine;

/**
 * Everything a training run starts from: the initial weights (which carry the architecture and its
 * activations), the data and the learning rate. Reset rebuilds from it.
 */
public record Experiment(Network initial, DataSet data, double learningRate) {

    public Experiment {
        java.util.Objects.requireNonNull(initial, "initial network");
        java.util.Objects.requireNonNull(data, "data");
        GradientDescent.requireFits(initial.architecture(), data);
        GradientDescent.requireLearningRate(learningRate);
    }

    /** The chapter's example: the default everywhere. */
    public static Experiment chapter() {
        return new Experiment(ChapterExample.network(), ChapterExample.data(), ChapterExample.LEARNING_RATE);
    }

    public Experiment withLearningRate(double alpha) {
        return new Experiment(initial, data, alpha);
    }

    /** A fresh trainer at iteration 0. */
    public GradientDescent start() {
        return new GradientDescent(initial, data, learningRate);
    }
}
