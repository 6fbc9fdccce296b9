package studio.backprop.teaching;

import studio.backprop.engine.IterationTrace;
import studio.backprop.io.Decimals;

/**
 * The handout's sentences for an update other than the chapter's: which rule with which settings, the batch
 * of points it sums and the penalty it adds. Text with inline math, ASCII only, as both dialects write it.
 */
final class UpdateProse {
    private final IterationTrace trace;
    private final UpdateRule rule;
    private final boolean whole;
    private final String batch;
    /** The chapter's name of a point: {@code (\\vec{x}, y)}, with \\vec{y} for several outputs. */
    private final String point;

    UpdateProse(IterationTrace trace, int dataSize) {
        this.trace = trace;
        this.point = TexMath.point(trace.before().architecture().outputs());
        this.rule = UpdateRule.of(trace);
        this.whole = rule.isWholeBatch(dataSize);
        this.batch = rule.batch(dataSize, Notation.ASCII);
    }

    /** "Momentum ($\mu = 0.9$) on RSS plus the penalty ... for the 1-4-2-1 network below and the batch B...". */
    String introduction(String network, String from, int digits) {
        String name = rule.name();
        String settings = rule.settings(Notation.TEX);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + (settings.isEmpty() ? "" : " ($" + settings + "$)") + " on $\\mathrm{RSS} = \\sum_{" + over()
                + "} " + TexMath.squaredError(trace.before().architecture().outputs()) + "$" + penalty() + " for the " + network + " network below and "
                + (whole ? batch : "the batch $B$ (" + batch + ")") + ", learning rate $\\alpha = "
                + Decimals.plain(trace.learningRate()) + "$, starting from " + from + ". Numbers are rounded to "
                + digits + " decimals; the computation keeps them in full precision.";
    }

    /** What the list of the data's points is headed with: only the batch's are listed. */
    String dataHeading() {
        return whole ? "Data points $" + point + "$:" : "The points of the batch $B$ (" + batch + "), $" + point + "$:";
    }

    String sumTitle() {
        return whole ? "Summed over the points" : "Summed over the batch";
    }

    String sum() {
        String sum = "Each gradient is the sum of the points' gradients above";
        if (!rule.penalty().isSet()) {
            return sum + ".";
        }
        return sum + "; the penalty's gradient $2 \\lambda_{2} a + \\lambda_{1} \\mathrm{sign}(a)$ is added to"
                + " the weights' ($" + rule.penaltySettings(Notation.TEX) + "$), never to the biases'.";
    }

    /** The sentence before the update's formulas: its rule, its settings and what it computes in turn. */
    String update() {
        String alpha = "$\\alpha = " + Decimals.plain(trace.learningRate()) + "$";
        return switch (rule.kind()) {
            case DESCENT -> (rule.name().startsWith("stochastic") ? "Stochastic gradient descent" : "Gradient descent")
                    + " with " + alpha + " gives the new weights:";
            case MOMENTUM -> "Momentum with " + alpha + " and $" + rule.settings(Notation.TEX)
                    + "$ gives each velocity (the last update's times $\\mu$, plus the gradient), then the new weights:";
            case ADAM -> "Adam with " + alpha + " and $" + rule.settings(Notation.TEX) + "$, at update $t = "
                    + rule.step() + "$, gives the two moments, their bias correction, then the new weights (squares,"
                    + " roots and quotients taken entry by entry):";
            case OTHER -> "The optimiser " + rule.name() + " with " + alpha
                    + " gives the new weights ($\\Delta$: the change it made):";
        };
    }

    private String over() {
        return whole ? point : point + " \\in B";
    }

    private String penalty() {
        if (!rule.penalty().isSet()) {
            return "";
        }
        String l2 = rule.penalty().l2() > 0 ? "\\lambda_{2} \\sum a^{2}" : "";
        String l1 = rule.penalty().l1() > 0 ? "\\lambda_{1} \\sum \\left| a \\right|" : "";
        String terms = l2.isEmpty() ? l1 : l1.isEmpty() ? l2 : l2 + " + " + l1;
        return " plus the penalty $P = " + terms + "$ on the weights $a$ ($" + rule.penaltySettings(Notation.TEX) + "$)";
    }
}
