package studio.backprop.engine;

import java.util.Map;

/**
 * One kind of optimiser as the app offers it: its id in files and on the command line, its name in the
 * experiment panel, its settings with their defaults, and how to make one. Each optimiser class
 * declares its kind; {@link Optimizers} lists them, and files, the command line and the panel take them
 * from there.
 *
 * @param id       as files and the command line write it: {@code gd}
 * @param title    as the panel shows it
 * @param defaults each setting's name and default value (the panel lists them by name)
 * @param factory  checks settings and makes a fresh optimiser (no memory yet) for an architecture
 */
public record OptimizerKind(String id, String title, Map<String, Double> defaults, Factory factory) {

    /** Makes a fresh optimiser; {@code settings} holds every setting the kind has. */
    public interface Factory {
        Optimizer create(Architecture architecture, Map<String, Double> settings);

        /**
         * Refuses settings the optimiser cannot train with (mu outside [0, 1), say) with a message naming
         * them, so that files, the command line and the panel refuse them where they are given.
         */
        default void check(Map<String, Double> settings) {
        }
    }

    public OptimizerKind {
        defaults = Map.copyOf(defaults);
    }

    /** Kinds are told apart by id: the factory is a function, which has no equality of its own. */
    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizerKind k && k.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
