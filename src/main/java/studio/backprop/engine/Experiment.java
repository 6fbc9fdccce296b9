package studio.backprop.engine;

import java.util.Objects;

/**
 * Everything a training run starts from: the initial weights (which carry the architecture and its
 * activations), the data, the learning rate, the optimiser and the training options (batches, penalty,
 * points held out). Reset rebuilds from it.
 */
public record Experiment(Network initial, DataSet data, double learningRate, OptimizerSpec optimizer,
                         TrainingOptions options) {

    public Experiment {
        Objects.requireNonNull(initial, "initial network");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(options, "training options");
        initial.architecture().requireFits(data);
        Trainer.requireLearningRate(learningRate);
        options.requireFits(data);
    }

    /** Trained with the chapter's options: full batch, no penalty, nothing held out. */
    public Experiment(Network initial, DataSet data, double learningRate, OptimizerSpec optimizer) {
        this(initial, data, learningRate, optimizer, TrainingOptions.CHAPTER);
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
        return new Experiment(initial, data, alpha, optimizer, options);
    }

    public Experiment withOptimizer(OptimizerSpec other) {
        return new Experiment(initial, data, learningRate, other, options);
    }

    public Experiment withOptions(TrainingOptions other) {
        return new Experiment(initial, data, learningRate, optimizer, other);
    }

    /** A fresh trainer at iteration 0. */
    public Trainer start() {
        return resume(initial, 0);
    }

    /**
     * A trainer that goes on from weights reached after {@code iteration} iterations, its optimiser fresh
     * and its batches at the start of an epoch.
     */
    public Trainer resume(Network reached, long iteration) {
        return resume(reached, iteration, OptimizerMemory.NONE, BatchPosition.START);
    }

    /**
     * A trainer that goes on from weights reached after {@code iteration} iterations of a saved experiment,
     * its optimiser remembering {@code memory} and its batches at {@code at}.
     */
    public Trainer resume(Network reached, long iteration, OptimizerMemory memory, BatchPosition at) {
        Optimizer fresh = optimizer.create(reached.architecture());
        if (!memory.equals(OptimizerMemory.NONE)) {
            fresh.restore(memory);
        }
        return new Trainer(reached, data, learningRate, iteration, fresh, options, at);
    }
}
