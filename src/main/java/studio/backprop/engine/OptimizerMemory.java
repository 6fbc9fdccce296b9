package studio.backprop.engine;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an optimiser remembers between updates, as a file saves it: the number of updates made and its
 * arrays by name (a velocity, two moments), each shaped like the weights. Plain gradient descent
 * remembers nothing ({@link #NONE}).
 *
 * @param updates the updates made so far (Adam's t)
 * @param arrays  each array by name, copies
 */
public record OptimizerMemory(long updates, Map<String, WeightArrays> arrays) {
    /** No memory. */
    public static final OptimizerMemory NONE = new OptimizerMemory(0, Map.of());

    public OptimizerMemory {
        if (updates < 0) {
            throw new IllegalArgumentException("the number of updates must be 0 or more, got " + updates);
        }
        Map<String, WeightArrays> copies = new TreeMap<>();
        arrays.forEach((name, values) -> copies.put(name, values.copy()));
        arrays = Collections.unmodifiableMap(copies);
    }

    /**
     * The array named {@code name}, shaped for {@code architecture} and finite, or an exception naming what
     * is wrong; a copy.
     */
    public WeightArrays array(String name, Architecture architecture) {
        WeightArrays values = arrays.get(name);
        if (values == null) {
            throw new IllegalArgumentException("the optimiser's memory has no \"" + name + "\"");
        }
        WeightArrays shape = WeightArrays.zeros(architecture);
        boolean fits = values.depth() == shape.depth();
        for (int l = 1; fits && l <= shape.depth(); l++) {
            fits = values.a()[l].length == shape.a()[l].length && values.b()[l].length == shape.b()[l].length;
        }
        if (!fits) {
            throw new IllegalArgumentException("the optimiser's \"" + name + "\" does not fit the network "
                    + architecture.describe());
        }
        if (!values.allFinite()) {
            throw new IllegalArgumentException("the optimiser's \"" + name + "\" holds a number that is not finite");
        }
        return values.copy();
    }
}
