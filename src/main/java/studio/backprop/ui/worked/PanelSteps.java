package studio.backprop.ui.worked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.engine.IterationTrace.PointTrace;
import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.NumberStyle;
import studio.backprop.teaching.StepOptions;
import studio.backprop.teaching.UpdateRule;
import studio.backprop.teaching.WorkedExampleStep;
import studio.backprop.teaching.WorkedExampleSteps;
import studio.backprop.teaching.WrappedEquations;
import studio.backprop.ui.model.Phase;

/**
 * The chapter's worked example for one point as the panel's cards, one per phase in
 * {@link Phase#sequence} order. The LaTeX is the handout's ({@link WorkedExampleSteps}); this class only
 * groups its steps under the stepper's phases, captions them and wraps them to the panel's width.
 */
public final class PanelSteps {
    public static final int DEFAULT_DECIMALS = 6;
    public static final int MIN_DECIMALS = 1;
    public static final int MAX_DECIMALS = 10;

    /** One card: the phase it belongs to, a plain-text caption and the formula. */
    public record Step(Phase phase, String caption, String latex) {
    }

    private PanelSteps() {
    }

    /** Every step, on one line each however wide. */
    public static List<Step> steps(IterationTrace trace, int point, int decimals) {
        return steps(trace, point, decimals, Double.POSITIVE_INFINITY);
    }

    /** Every step, equations continued on a new line where one would be wider than about maxEm ems. */
    public static List<Step> steps(IterationTrace trace, int point, int decimals, double maxEm) {
        return steps(trace, point, decimals, maxEm, StepOptions.UNKNOWN_SIZE);
    }

    /**
     * The steps of the trace's point {@code point} (from 0 among its points: those of the update's batch), for
     * data of {@code dataSize} points: a batch of all of them is summed as the chapter sums, another is named.
     */
    public static List<Step> steps(IterationTrace trace, int point, int decimals, double maxEm, int dataSize) {
        int depth = trace.before().architecture().depth();
        Map<Phase, List<WorkedExampleStep>> cards = new LinkedHashMap<>();
        for (Phase phase : Phase.sequence(depth)) {
            cards.put(phase, new ArrayList<>());
        }
        StepOptions options = StepOptions.screen(point, decimals).withDataSize(dataSize)
                .withMatrixEm(matrixEm(maxEm));
        for (WorkedExampleStep step : WorkedExampleSteps.of(trace, options)) {
            cards.get(phaseOf(step, depth)).add(step);
        }
        UpdateCaptions other = UpdateRule.isChapters(trace, dataSize) ? null : new UpdateCaptions(trace, dataSize);
        List<Step> steps = new ArrayList<>();
        cards.forEach((phase, equations) -> steps.add(new Step(phase, caption(phase, trace, depth, decimals, other),
                WrappedEquations.aligned(equations, maxEm))));
        return List.copyOf(steps);
    }

    /**
     * The widest a matrix may be beside the widest left-hand side and its "=": a wider one is set in blocks of
     * columns, so that an 8-wide layer is read without scrolling.
     */
    static double matrixEm(double maxEm) {
        // The widest left-hand side, a gradient at a two-input point, and its "=" take about 10 ems.
        return Double.isInfinite(maxEm) ? StepOptions.ANY_WIDTH : Math.max(8, maxEm - 10);
    }

    /**
     * The stepper's phase a step shows under: the input goes with layer 1, the squared error is the
     * stepper's loss, and the gradient at the output starts its backward pass.
     */
    static Phase phaseOf(WorkedExampleStep step, int depth) {
        return switch (step.phase()) {
            case FORWARD -> new Phase(Phase.Kind.FORWARD, Math.max(1, step.layer()));
            case SQUARED_ERROR -> new Phase(Phase.Kind.LOSS, 0);
            case LOSS -> new Phase(Phase.Kind.BACKWARD, depth);
            case BACKWARD -> new Phase(Phase.Kind.BACKWARD, step.layer());
            case EXPAND -> new Phase(Phase.Kind.EXPAND, step.layer());
            case SUM -> new Phase(Phase.Kind.SUM, 0);
            case UPDATE -> new Phase(Phase.Kind.UPDATE, 0);
        };
    }

    /** "([0.25], 1)": the point as the chapter writes it. */
    public static String pointLabel(PointTrace pt, int decimals) {
        return NumberStyle.aligned(decimals).point(pt.input(), pt.y());
    }

    /** @param other the words of another update than the chapter's; null for the chapter's */
    private static String caption(Phase phase, IterationTrace trace, int depth, int decimals, UpdateCaptions other) {
        if (other != null && phase.kind() == Phase.Kind.SUM) {
            return other.sum();
        }
        if (other != null && phase.kind() == Phase.Kind.UPDATE) {
            return other.update(decimals);
        }
        int l = phase.layer();
        return switch (phase.kind()) {
            case FORWARD -> l == 1 ? (trace.before().architecture().features() == null
                    ? "Forward, layer 1: from the input Σ₀ = h₀ = x" : "Forward, layer 1: from the features h₀ of x")
                    : "Forward, layer " + l + (l == depth ? " (output): f(x) = h" + sub(l) : "");
            case LOSS -> "Loss of this point and its derivative at the output";
            case BACKWARD -> l == depth ? "Backpropagation, layer " + l + " (output): start from the loss"
                    : "Backpropagation, layer " + l + ": from layer " + (l + 1);
            case EXPAND -> "Expansion, layer " + l + ": weight gradients at this point";
            case SUM -> "Sum over all " + trace.points().size() + " points";
            case UPDATE -> "Update with α = " + NumberStyle.aligned(decimals).rate(trace.learningRate())
                    + ": the weights of iteration " + (trace.iteration() + 1);
        };
    }

    private static String sub(int l) {
        return String.valueOf(l).chars().mapToObj(c -> String.valueOf((char) ('₀' + c - '0')))
                .reduce("", String::concat);
    }
}
