package studio.backprop.engine;

import java.util.Arrays;
import java.util.List;

/**
 * What the network may see of its inputs, as in TF Playground: each input itself, its powers, a product
 * and a sine. A feature belongs to data of one input or of two ({@link #inputs()}).
 */
public enum Feature {
    X("x", 1),
    X_SQUARED("x^2", 1),
    X_CUBED("x^3", 1),
    SIN_X("sin(pi*x)", 1),
    X1("x1", 2),
    X2("x2", 2),
    X1_SQUARED("x1^2", 2),
    X2_SQUARED("x2^2", 2),
    X1_X2("x1*x2", 2),
    SIN_X1("sin(pi*x1)", 2),
    SIN_X2("sin(pi*x2)", 2);

    private final String id;
    private final int inputs;

    Feature(String id, int inputs) {
        this.id = id;
        this.inputs = inputs;
    }

    /** Its name on the command line, in files and on the diagram: "x1*x2". */
    public String id() {
        return id;
    }

    /** The inputs of the data it reads: 1 or 2. */
    public int inputs() {
        return inputs;
    }

    /** The features of data of that many inputs, in this order. */
    public static List<Feature> ofInputs(int inputs) {
        return Arrays.stream(values()).filter(f -> f.inputs == inputs).toList();
    }

    /** Its value at the point whose inputs start at {@code x[at]}. */
    public double of(double[] x, int at) {
        return switch (this) {
            case X, X1 -> x[at];
            case X2 -> x[at + 1];
            case X_SQUARED, X1_SQUARED -> x[at] * x[at];
            case X2_SQUARED -> x[at + 1] * x[at + 1];
            case X_CUBED -> x[at] * x[at] * x[at];
            case X1_X2 -> x[at] * x[at + 1];
            case SIN_X, SIN_X1 -> Math.sin(Math.PI * x[at]);
            case SIN_X2 -> Math.sin(Math.PI * x[at + 1]);
        };
    }
}
