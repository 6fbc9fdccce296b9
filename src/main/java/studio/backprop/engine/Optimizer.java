package studio.backprop.engine;

import java.util.Map;

/**
 * How an iteration turns the summed gradient g into new weights: plain gradient descent
 * (w - alpha g) or a rule with a memory of earlier updates (a velocity, moments), which it owns.
 *
 * <p>Its state is kept the way the trainer keeps the weights: {@link #update} writes the next weights
 * and its own next state beside the current ones, {@link #advance} makes them current once the trainer
 * has kept the update, and {@link #undo} goes back one kept update when a divergence is undone. So
 * after an undo the optimiser is exactly where it was before the update it takes back.
 *
 * <p>The trainer calls it once per iteration and every per-weight loop runs inside, so the call costs
 * nothing next to the iteration, and the call site sees one class per trainer. Not thread-safe:
 * training owns it; others see {@link #copy()}s.
 */
public interface Optimizer {

    /** The name used in files and on the command line, such as {@code gd}. */
    String id();

    /**
     * Writes the updated weights to {@code next}, from the current weights and the summed gradient (which
     * the trainer leaves as it is until its next update), so that {@link #lastChange()} can tell the change;
     * the state that {@link #undo} restores is not touched until {@link #advance}.
     *
     * @return true when every new weight is finite
     */
    boolean update(WeightArrays now, WeightArrays gradient, double learningRate, WeightArrays next);

    /** The update last written was kept: its state becomes the current one. */
    void advance();

    /**
     * The last kept update was undone: the state goes back to what it was before it. Called at most once
     * after each {@link #advance}.
     */
    void undo();

    /**
     * The change the last update made to each weight and bias, as applied (new = old + change): the
     * optimiser's own buffer, meaningful after a kept update until the next {@link #update} or
     * {@link #undo}; read it on the training thread or copy it.
     */
    WeightArrays lastChange();

    /**
     * An independent optimiser in the same state, for a replay of the next iteration or a snapshot. It
     * must leave this one untouched: snapshots hand out copies of one frozen optimiser to several threads.
     */
    Optimizer copy();

    /** Its settings by name (mu, the betas), for the teaching text: none for plain gradient descent. */
    default Map<String, Double> settings() {
        return Map.of();
    }

    /** What it remembers, for a file: nothing for plain gradient descent. */
    default OptimizerMemory memory() {
        return OptimizerMemory.NONE;
    }

    /**
     * Takes up a memory saved by {@link #memory()} of the same kind, refusing one that does not fit with a
     * message naming what is wrong (and staying as it was).
     */
    default void restore(OptimizerMemory memory) {
        if (!memory.arrays().isEmpty()) {
            throw new IllegalArgumentException("the optimiser " + id() + " remembers nothing, but the memory holds "
                    + memory.arrays().keySet());
        }
    }
}
