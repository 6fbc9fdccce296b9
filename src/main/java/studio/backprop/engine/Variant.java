package studio.backprop.engine;

import java.util.function.UnaryOperator;

/**
 * One run of a comparison: how it differs from the experiment compared ("lr=0.1"), as a change that can
 * be applied again when the experiment is edited, so every run sees the same data and network.
 *
 * @param key    the setting that differs, as the command line and files name it: lr, optimizer, ...
 * @param value  its value, as text that {@link Variants#parse} reads back to the same variant
 * @param label  what the legend and the reports call it
 * @param change the experiment compared, turned into this run's
 * @param init   how this run draws its own initial weights (another seed, another shape), or null when it
 *               keeps the experiment's: a run kept as the experiment then draws "new seed" that way
 */
public record Variant(String key, String value, String label, UnaryOperator<Experiment> change, WeightInit init) {

    /** A variant that keeps the experiment's initial weights. */
    public Variant(String key, String value, String label, UnaryOperator<Experiment> change) {
        this(key, value, label, change, null);
    }

    /** This run's experiment, made from {@code base}; refused (with a message) when it cannot train. */
    public Experiment apply(Experiment base) {
        return change.apply(base);
    }
}
