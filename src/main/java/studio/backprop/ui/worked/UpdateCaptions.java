package studio.backprop.ui.worked;

import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.Notation;
import studio.backprop.teaching.NumberStyle;
import studio.backprop.teaching.UpdateRule;
import studio.backprop.ui.model.Phase;

/**
 * The panel's words for an update other than the chapter's: the batch summed, the penalty added, and the
 * optimiser with its settings, in the card captions, the heading and the stepper's title. The chapter's own
 * update keeps the words it always had; callers ask only for the others.
 */
final class UpdateCaptions {
    private final IterationTrace trace;
    private final UpdateRule rule;
    private final int dataSize;

    /** @param dataSize the data's number of points, to tell a batch of all of them from a smaller one */
    UpdateCaptions(IterationTrace trace, int dataSize) {
        this.trace = trace;
        this.rule = UpdateRule.of(trace);
        this.dataSize = dataSize;
    }

    /**
     * "Sum over the batch B: points 2, 5 of 5, plus the penalty's gradient". Captions stay short enough for a
     * presentation's line: the settings are in the heading and the numbers.
     */
    String sum() {
        String over = rule.isWholeBatch(dataSize) ? "Sum over all " + dataSize + " points"
                : "Sum over the batch B: " + rule.batch(dataSize, Notation.UNICODE);
        return rule.penalty().isSet() ? over + ", plus the penalty's gradient" : over;
    }

    /** "Momentum with α = 0.01, μ = 0.9: the weights of iteration 4". */
    String update(int decimals) {
        String alpha = "α = " + NumberStyle.aligned(decimals).rate(trace.learningRate());
        String weights = "the weights of iteration " + (trace.iteration() + 1);
        return switch (rule.kind()) {
            case DESCENT -> (rule.name().startsWith("stochastic") ? "Stochastic gradient descent with " : "Update with ")
                    + alpha + ": " + weights;
            case MOMENTUM -> "Momentum with " + alpha + ", " + rule.settings(Notation.UNICODE) + ": " + weights;
            case ADAM -> "Adam with " + alpha + ", t = " + rule.step() + ": " + weights;
            case OTHER -> rule.name() + " with " + alpha + ": the change Δ it made, then " + weights;
        };
    }

    /** What the heading adds after the point: "batch: points 2, 5 of 5   ·   momentum, μ = 0.9". */
    String heading() {
        String settings = rule.settings(Notation.UNICODE);
        String batch = rule.isWholeBatch(dataSize) ? "" : "batch: " + rule.batch(dataSize, Notation.UNICODE) + "   ·   ";
        return batch + rule.name() + (settings.isEmpty() ? "" : ", " + settings)
                + (rule.penalty().isSet() ? "   ·   penalty " + rule.penaltySettings(Notation.UNICODE) : "");
    }

    /** True when the update sums a batch smaller than the data. */
    boolean isBatch() {
        return !rule.isWholeBatch(dataSize);
    }

    /** The stepper's title of the sum and the update: the rule in symbols, as {@link Phase#title} writes the chapter's. */
    String title(Phase phase) {
        if (phase.kind() == Phase.Kind.SUM) {
            String over = rule.isWholeBatch(dataSize) ? "Sum over all points"
                    : "Sum over the batch: " + rule.batch(dataSize, Notation.UNICODE);
            return rule.penalty().isSet() ? over + ", plus the penalty's gradient " + penaltyTerms() : over;
        }
        if (phase.kind() != Phase.Kind.UPDATE) {
            return phase.title();
        }
        String g = rule.penalty().isSet() ? "d(RSS+P)/dA_l" : "dRSS/dA_l";
        return switch (rule.kind()) {
            case DESCENT -> "Update: A_l − α " + g + ", b_l − α dRSS/db_l";
            case MOMENTUM -> "Update (momentum): velocity V_l = μ V_l + " + g + ", then A_l − α V_l; b_l likewise";
            case ADAM -> "Update (Adam, t = " + rule.step() + "): moments M_l, V_l of " + g
                    + ", bias-corrected Mhat_l, Vhat_l, then A_l − α Mhat_l / (√Vhat_l + ε), entry by entry; b_l likewise";
            case OTHER -> "Update (" + rule.name() + "): A_l + ΔA_l, b_l + Δb_l";
        };
    }

    private String penaltyTerms() {
        String l2 = rule.penalty().l2() > 0 ? "2 λ₂ A_l" : "";
        String l1 = rule.penalty().l1() > 0 ? "λ₁ sign(A_l)" : "";
        return l2.isEmpty() ? l1 : l1.isEmpty() ? l2 : l2 + " + " + l1;
    }
}
