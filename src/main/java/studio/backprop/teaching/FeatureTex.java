package studio.backprop.teaching;

import studio.backprop.engine.Feature;

/**
 * A feature as the chapter would write it, x_{1} x_{2} or \sin(\pi x_{1}), and the same with a point's
 * inputs put in, so that the worked example shows how each entry of h_0 comes from x.
 */
final class FeatureTex {
    private FeatureTex() {
    }

    /** The feature in symbols: x, x_{1}^{2}, x_{1} x_{2}, \sin(\pi x_{2}). */
    static String name(Feature f) {
        String one = f.inputs() == 1 ? "x" : "x_{1}";
        return of(f, one, "x_{2}", " ");
    }

    /**
     * The feature of the inputs {@code x} (as the worked example writes them), a negative one in parentheses:
     * 0.5 \cdot (-1).
     */
    static String at(Feature f, String[] x) {
        String first = wrap(x[0]);
        String second = x.length > 1 ? wrap(x[1]) : "";
        return switch (f) {
            case X, X1 -> x[0];
            case X2 -> x[1];
            default -> of(f, first, second, " \\cdot ");
        };
    }

    private static String of(Feature f, String first, String second, String times) {
        return switch (f) {
            case X, X1 -> first;
            case X2 -> second;
            case X_SQUARED, X1_SQUARED -> first + "^{2}";
            case X2_SQUARED -> second + "^{2}";
            case X_CUBED -> first + "^{3}";
            case X1_X2 -> first + times + second;
            case SIN_X, SIN_X1 -> "\\sin(\\pi" + times + first + ")";
            case SIN_X2 -> "\\sin(\\pi" + times + second + ")";
        };
    }

    private static String wrap(String number) {
        return number.startsWith("-") ? "(" + number + ")" : number;
    }
}
