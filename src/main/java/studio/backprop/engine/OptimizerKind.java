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
 * @param defaults each setting's name and default value, in the order the panel shows them
 * @param factory  makes a fresh optimiser (no memory yet) for an architecture, with given settings
 */
public record OptimizerKind(String id, String title, Map<String, Double> defaults, Factory factory) {

    /** Makes a fresh optimiser; {@code settings} holds every setting the kind has. */
    public interface Factory {
        Optimizer create(Architecture architecture, Map<String, Double> settings);
    }

    public OptimizerKind {
        defaults = Map.copyOf(defaults);
    }
}
