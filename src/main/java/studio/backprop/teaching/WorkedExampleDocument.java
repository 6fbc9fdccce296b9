package studio.backprop.teaching;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.IterationTrace.PointTrace;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Network;
import studio.backprop.io.Decimals;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * One iteration of backpropagation worked out as a handout, in the chapter's order and notation: the
 * network and the data, then per point the forward pass, the backpropagation and the expansion to weight
 * gradients, then the sums over the points and the update. Numbers are rounded to {@link #DIGITS}
 * decimals (values exact in fewer decimals, such as the chapter's initial weights, are printed as they are).
 *
 * <p>Used by the command line ({@code explain --format markdown|latex}) and by the app's "Export worked
 * example..."; the app's panel typesets the same steps ({@link WorkedExampleSteps}) for one point.
 */
public final class WorkedExampleDocument {
    /** Decimals of the numbers, as in the chapter's worked example. */
    public static final int DIGITS = 6;
    /** Points a line in the list of the data, so that the list wraps on a printed page. */
    private static final int POINTS_A_LINE = 6;

    private final int digits;
    private final Decimals decimals;
    private final IterationTrace trace;
    private final Dialect dialect;
    private final int dataSize;
    /** What the chapter's text says differently for another update: null for the chapter's own. */
    private final UpdateProse prose;
    private final StringBuilder doc = new StringBuilder();

    private WorkedExampleDocument(IterationTrace trace, Dialect dialect, int digits, int dataSize) {
        this.trace = trace;
        this.dialect = dialect;
        this.digits = digits;
        this.dataSize = UpdateRule.size(trace, dataSize);
        this.decimals = new Decimals(digits);
        this.prose = UpdateRule.isChapters(trace, this.dataSize) ? null : new UpdateProse(trace, this.dataSize);
    }

    /** The handout as Markdown: math in {@code $...$} and {@code $$...$$}, as GitHub, pandoc and MathJax read it. */
    public static String markdown(IterationTrace trace) {
        return markdown(trace, DIGITS);
    }

    /** The handout as Markdown, computed values rounded to {@code digits} decimals (as the panel shows them). */
    public static String markdown(IterationTrace trace, int digits) {
        return markdown(trace, digits, StepOptions.UNKNOWN_SIZE);
    }

    /** The handout as Markdown, for data of {@code dataSize} points: a batch of all of them is not named. */
    public static String markdown(IterationTrace trace, int digits, int dataSize) {
        return new WorkedExampleDocument(trace, Dialect.MARKDOWN, digits, dataSize).render();
    }

    /** The handout as a complete LaTeX document (article, amsmath, geometry), ASCII only: pdflatex compiles it as is. */
    public static String latex(IterationTrace trace) {
        return latex(trace, DIGITS);
    }

    /** The handout as LaTeX, computed values rounded to {@code digits} decimals. */
    public static String latex(IterationTrace trace, int digits) {
        return latex(trace, digits, StepOptions.UNKNOWN_SIZE);
    }

    /** The handout as LaTeX, for data of {@code dataSize} points. */
    public static String latex(IterationTrace trace, int digits, int dataSize) {
        return new WorkedExampleDocument(trace, Dialect.LATEX, digits, dataSize).render();
    }

    /**
     * Every formula of the handout, in its order: per point FORWARD (layers 0..L+1), LOSS, BACKWARD
     * (layers L..1), EXPAND (layers L+1..1); then SUM (layers L+1..1) and UPDATE (layers 1..L+1). See
     * {@link WorkedExampleStep} for the pieces of each.
     */
    public static List<WorkedExampleStep> steps(IterationTrace trace) {
        return WorkedExampleSteps.of(trace);
    }

    /**
     * How a document sets a step: the formula on the first line, the numbers and the result on the next
     * (on two more when wide); a step with no numbers to fill in on one line.
     */
    static String aligned(WorkedExampleStep step) {
        String lhs = step.left();
        String formula = step.isAssignment() ? "" : step.formula().tex();
        // A wide sum of numbers (beyond the chapter's) is set term by term, each on a line of its own.
        String numbers = step.wide() && !step.terms().isEmpty()
                ? String.join(" \\\\\n&\\quad ", step.terms().stream().map(Piece::tex).toList())
                : step.numbers().tex();
        String result = step.result().tex();
        List<String> rest = new ArrayList<>();
        if (numbers.isEmpty()) {
            rest.add(formula.isEmpty() ? result : formula + " = " + result);
            return "\\begin{aligned}\n" + lhs + " &= " + rest.get(0) + "\n\\end{aligned}";
        }
        if (!formula.isEmpty()) {
            rest.add(formula);
        }
        if (step.wide()) {
            rest.add(numbers);
            rest.add(result);
        } else {
            rest.add(numbers + " = " + result);
        }
        return "\\begin{aligned}\n" + lhs + " &= " + String.join(" \\\\\n&= ", rest) + "\n\\end{aligned}";
    }

    private String render() {
        dialect.begin(doc, "One iteration of backpropagation, worked out");
        introduction();
        Phase phase = null;
        int point = WorkedExampleStep.NO_POINT;
        for (WorkedExampleStep step : WorkedExampleSteps.of(trace, StepOptions.document(digits).withDataSize(dataSize))) {
            if (step.hasPoint() && step.point() != point) {
                point = step.point();
                PointTrace p = trace.point(point);
                // Another update's batch may skip points or shuffle them: each is named by its number.
                dialect.heading(doc, 1, (prose == null ? "Point" : "Point " + (trace.batch().get(point) + 1) + ":")
                        + " $" + TexMath.point(p.y().length) + " = " + Decimals.point(p.x(), p.y()) + "$");
                phase = null;
            }
            if (phase == null || !step.phase().title().equals(phase.title())) {
                sectionOf(step);
            }
            phase = step.phase();
            dialect.display(doc, aligned(step));
        }
        dialect.end(doc);
        return doc.toString();
    }

    private void sectionOf(WorkedExampleStep step) {
        if (step.hasPoint()) {
            dialect.heading(doc, 2, step.phase().title());
        } else if (prose != null) {
            dialect.heading(doc, 1, step.phase() == Phase.SUM ? prose.sumTitle() : step.phase().title());
            dialect.paragraph(doc, step.phase() == Phase.SUM ? prose.sum() : prose.update());
        } else if (step.phase() == Phase.SUM) {
            dialect.heading(doc, 1, step.phase().title());
            dialect.paragraph(doc, "Each gradient is the sum of the points' gradients above.");
        } else {
            dialect.heading(doc, 1, step.phase().title());
            dialect.paragraph(doc, "Gradient descent with $\\alpha = " + Decimals.plain(trace.learningRate())
                    + "$ gives the new weights:");
        }
    }

    private void introduction() {
        Network network = trace.before();
        Architecture arch = network.architecture();
        long k = trace.iteration();
        String from = k == 0 ? "the initial weights"
                : "the weights after " + k + (k == 1 ? " iteration" : " iterations");
        dialect.paragraph(doc, prose != null ? prose.introduction(arch.describe(), from, digits)
                : "Gradient descent on $\\mathrm{RSS} = \\sum_{" + TexMath.point(arch.outputs()) + "} "
                + TexMath.squaredError(arch.outputs()) + "$"
                + " for the " + arch.describe() + " network below and " + trace.points().size()
                + (trace.points().size() == 1 ? " data point" : " data points") + ", learning rate $\\alpha = "
                + Decimals.plain(trace.learningRate()) + "$, starting from " + from + ". Numbers are rounded to "
                + digits + " decimals; the computation keeps them in full precision.");
        dialect.heading(doc, 1, "The network and the data");
        for (Activation activation : arch.activations().stream().distinct().toList()) {
            dialect.paragraph(doc, "Activation " + layersWith(arch, activation) + ": $"
                    + TexMath.definition(activation) + "$");
        }
        dialect.paragraph(doc, prose != null ? prose.dataHeading() : "Data points $" + TexMath.point(arch.outputs()) + "$:");
        dialect.display(doc, dataList());
        dialect.paragraph(doc, "Weights:");
        for (int l = 1; l <= arch.depth(); l++) {
            dialect.display(doc, TexMath.matrixName(l) + " = " + TexMath.bmatrix(network.weights(l), arch.size(l),
                    decimals::exactOrFixed) + " \\qquad " + TexMath.vec("b", l) + " = "
                    + TexMath.bmatrix(network.biases(l), arch.size(l), decimals::exactOrFixed));
        }
    }

    /** "of every layer" or "of layers 1, 3". */
    private static String layersWith(Architecture arch, Activation activation) {
        List<String> layers = new ArrayList<>();
        for (int l = 1; l <= arch.depth(); l++) {
            if (arch.activation(l) == activation) {
                layers.add(Integer.toString(l));
            }
        }
        if (layers.size() == arch.depth()) {
            return "of every layer";
        }
        return (layers.size() == 1 ? "of layer " : "of layers ") + String.join(", ", layers);
    }

    private String dataList() {
        StringBuilder s = new StringBuilder("\\begin{aligned}\n&");
        List<PointTrace> points = trace.points();
        for (int p = 0; p < points.size(); p++) {
            if (p > 0) {
                s.append(p % POINTS_A_LINE == 0 ? ", \\\\\n&" : ", ");
            }
            s.append(Decimals.point(points.get(p).x(), points.get(p).y()));
        }
        return s.append("\n\\end{aligned}").toString();
    }
}
