package studio.backprop.model;

import java.util.Objects;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Trainer;
import studio.backprop.training.LossRecord;

/**
 * Where one compared run had got, so that it goes on exactly from there: its own weights, iterations,
 * rate, optimiser memory, place in the epoch and loss chart. Its settings are those of its variant of the
 * experiment (see {@link SavedComparison}).
 *
 * @param network      the weights reached
 * @param iteration    the iterations done to reach them
 * @param learningRate the rate in use
 * @param memory       what the optimiser remembers there; {@link OptimizerMemory#NONE} for a fresh one
 * @param position     where the batches stood
 * @param history      the loss chart before {@code iteration}
 */
public record SavedRun(Network network, long iteration, double learningRate, OptimizerMemory memory,
                       BatchPosition position, LossRecord history) {

    public SavedRun {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(memory, "optimizer memory");
        Objects.requireNonNull(position, "batch position");
        Objects.requireNonNull(history, "loss history");
        requireReached(network, iteration, history);
        Trainer.requireLearningRate(learningRate);
    }

    /** Checks weights reached after {@code iteration} iterations and the loss chart that led there. */
    static void requireReached(Network network, long iteration, LossRecord history) {
        if (!network.isFinite()) {
            throw new IllegalArgumentException("every weight and bias must be a finite number");
        }
        if (iteration < 0) {
            throw new IllegalArgumentException("the iteration must be at least 0, got " + iteration);
        }
        if (history.reaches() > iteration) {
            throw new IllegalArgumentException("the loss history goes on to iteration " + (history.reaches() - 1)
                    + ", past the " + iteration + " iterations done");
        }
    }

    /** A run of {@code experiment} that has not trained yet. */
    public static SavedRun start(Experiment experiment) {
        return new SavedRun(experiment.initial(), 0, experiment.learningRate(), OptimizerMemory.NONE,
                BatchPosition.START, LossRecord.EMPTY);
    }

    /** The document's own run, as a comparison's first. */
    public static SavedRun of(SavedExperiment e) {
        return new SavedRun(e.network(), e.iteration(), e.learningRate(),
                e.memory() == null ? OptimizerMemory.NONE : e.memory().memory(), e.position(), e.history());
    }

    /**
     * An optimiser of {@code spec} remembering {@link #memory()}, or null for a fresh one; refused with a
     * message when the memory is not one of {@code spec}'s for {@code architecture}.
     */
    public Optimizer optimizer(OptimizerSpec spec, Architecture architecture) {
        if (memory.equals(OptimizerMemory.NONE)) {
            return null;
        }
        Optimizer optimizer = spec.create(architecture);
        optimizer.restore(memory);
        return optimizer;
    }
}
