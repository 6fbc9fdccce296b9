package studio.backprop.engine;

import java.util.Locale;

/**
 * The activation sigma of a layer, each written beside its derivative sigma'.
 *
 * <p>A {@code switch} rather than per-constant bodies keeps the call in the training loop
 * monomorphic, so the JIT inlines it whatever mix of activations a network uses.
 */
public enum Activation {
    SIGMOID, TANH, RELU, LINEAR;

    /** h = sigma(Sigma). */
    public double apply(double sigma) {
        return switch (this) {
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-sigma));
            case TANH -> Tanh.tanh(sigma); // StrictMath's bits without its native call
            case RELU -> sigma > 0 ? sigma : 0.0;
            case LINEAR -> sigma;
        };
    }

    /** sigma'(Sigma), given both Sigma and h = sigma(Sigma): sigmoid and tanh reuse h. */
    public double derivative(double sigma, double h) {
        return switch (this) {
            case SIGMOID -> h * (1.0 - h);
            case TANH -> 1.0 - h * h;
            case RELU -> sigma > 0 ? 1.0 : 0.0;
            case LINEAR -> 1.0;
        };
    }

    /** The name used in files and on the command line: {@code sigmoid}, {@code tanh}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Looks up an activation by its {@link #id()}, or throws naming the known ones. */
    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "unknown activation \"" + id + "\" (known: sigmoid, tanh, relu, linear)");
    }
}
