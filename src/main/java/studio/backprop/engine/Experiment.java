package studio.backprop.engine;

/**
 * Everything a training run starts from: the initial weights (which carry the architecture and its
 * activations), the data and the learning rate. Reset rebuilds from it.
 */
public record Experiment(Network initial, DataSet data, double learningRate) {

    public Experiment {
        java.util.Objects.requireNonNull(initial, "initial network");
        java.util.Objects.requireNonNull(data, "data");
        Architecture arch = initial.architecture();
        if (data.inputs() != arch.inputs() || data.outputs() != arch.outputs()) {
            throw new IllegalArgumentException("the network " + arch.describe() + " takes " + arch.inputs()
                    + " input(s) and gives " + arch.outputs() + " output(s), the data has "
                    + data.inputs() + " and " + data.outputs());
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive finite number, got " + learningRate);
        }
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
