package studio.backprop.engine;

import java.util.Objects;

/**
 * Everything a training run starts from: the initial weights (which carry the architecture and its
 * activations), the data, the learning rate and the optimiser. Reset rebuilds from it.
 */
public record Experiment(Network initial, DataSet data, double learningRate, OptimizerSpec optimizer) {

    public Experiment {
        Objects.requireNonNull(initial, "initial network");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(optimizer, "optimizer");
        Trainer.requireFits(initial.architecture(), data);
        Trainer.requireLearningRate(learningRate);
    }

    /** Trained by the chapter's gradient descent. */
    public Experiment(Network initial, DataSet data, double learningRate) {
        this(initial, data, learningRate, OptimizerSpec.chapter());
    }

    /** The chapter's example: the default everywhere. */
    public static Experiment chapter() {
        return new Experiment(ChapterExample.network(), ChapterExample.data(), ChapterExample.LEARNING_RATE);
    }

    public Experiment withLearningRate(double alpha) {
        return new Experiment(initial, data, alpha, optimizer);
    }

    public Experiment withOptimizer(OptimizerSpec other) {
        return new Experiment(initial, data, learningRate, other);
    }

    /** A fresh trainer at iteration 0. */
    public Trainer start() {
        return resume(initial, 0);
    }

    /**
     * A trainer that goes on from weights reached after {@code iteration} iterations (of a saved
     * experiment), its optimiser fresh: a saved file keeps no optimiser memory.
     */
    public Trainer resume(Network reached, long iteration) {
        return new Trainer(reached, data, learningRate, iteration, optimizer.create(reached.architecture()));
    }
}
