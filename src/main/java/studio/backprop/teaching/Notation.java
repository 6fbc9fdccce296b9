package studio.backprop.teaching;

import studio.backprop.io.Decimals;

/**
 * How a text writes the update's settings: LaTeX math for the documents and the panel's formulas, Unicode
 * for the app's captions, ASCII for the command line. Only the symbols differ, and tiny powers of ten (Adam's
 * epsilon), which would be a row of zeros written out.
 */
public enum Notation {
    TEX("\\alpha", "\\mu", "\\beta_{1}", "\\beta_{2}", "\\epsilon", "\\lambda_{1}", "\\lambda_{2}", "--"),
    UNICODE("α", "μ", "β₁", "β₂", "ε", "λ₁", "λ₂", "–"),
    ASCII("alpha", "mu", "beta1", "beta2", "epsilon", "lambda1", "lambda2", "-");

    /** Below this a power of ten is written as one. */
    private static final double TINY = 1e-4;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String alpha;
    private final String mu;
    private final String beta1;
    private final String beta2;
    private final String epsilon;
    private final String lambda1;
    private final String lambda2;
    private final String dash;

    Notation(String alpha, String mu, String beta1, String beta2, String epsilon, String lambda1, String lambda2,
             String dash) {
        this.alpha = alpha;
        this.mu = mu;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.lambda1 = lambda1;
        this.lambda2 = lambda2;
        this.dash = dash;
    }

    /** The symbol of a setting by the engine's name for it ("mu", "beta1", "l2", ...), or the name itself. */
    public String symbol(String name) {
        return switch (name) {
            case "alpha" -> alpha;
            case "mu" -> mu;
            case "beta1" -> beta1;
            case "beta2" -> beta2;
            case "epsilon" -> epsilon;
            case "l1" -> lambda1;
            case "l2" -> lambda2;
            default -> name;
        };
    }

    /** Between the ends of a run of point numbers: "1-40". */
    public String dash() {
        return dash;
    }

    /** A setting as typed (0.9, 0.001), a tiny power of ten as one (10^{-8}, 10⁻⁸, 1e-8). */
    public String number(double v) {
        int exponent = (int) Math.round(Math.log10(v));
        if (v <= 0 || v >= TINY || Double.parseDouble("1e" + exponent) != v) {
            return Decimals.plain(v);
        }
        return switch (this) {
            case TEX -> "10^{" + exponent + "}";
            case UNICODE -> "10⁻" + superscript(-exponent);
            case ASCII -> "1e" + exponent;
        };
    }

    /** "mu = 0.9"; in Unicode with no-break spaces, so that a wrapped line never parts a symbol from its value. */
    public String setting(String name, double value) {
        String equals = this == UNICODE ? "\u00a0=\u00a0" : " = ";
        return symbol(name) + equals + number(value);
    }

    private static String superscript(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }
}
