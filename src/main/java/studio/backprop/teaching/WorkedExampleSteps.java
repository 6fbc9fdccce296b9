package studio.backprop.teaching;

import static studio.backprop.teaching.TexMath.at;
import static studio.backprop.teaching.TexMath.matrixName;
import static studio.backprop.teaching.TexMath.paren;
import static studio.backprop.teaching.TexMath.partial;
import static studio.backprop.teaching.TexMath.sigma;
import static studio.backprop.teaching.TexMath.vec;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.IterationTrace.LayerTrace;
import studio.backprop.engine.IterationTrace.PointTrace;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Network;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * Turns an {@link IterationTrace} into the chapter's formulas with their numbers, step by step: the one
 * place the worked example's LaTeX is written, for the documents and for the app's panel alike. Each
 * piece carries a rough width in ems (the symbolic ones set by eye) so that a screen can wrap it.
 */
public final class WorkedExampleSteps {
    /** Columns of numbers beyond which a formula's numbers and result no longer fit one printed line. */
    private static final int WIDE = 8;

    private final IterationTrace trace;
    private final StepOptions options;
    private final NumberStyle numbers;
    private final Architecture arch;
    private final List<WorkedExampleStep> steps = new ArrayList<>();

    private WorkedExampleSteps(IterationTrace trace, StepOptions options) {
        this.trace = trace;
        this.options = options;
        this.numbers = options.numbers();
        this.arch = trace.before().architecture();
    }

    /** The documents' steps: see {@link WorkedExampleDocument#steps}. */
    public static List<WorkedExampleStep> of(IterationTrace trace) {
        return of(trace, StepOptions.document());
    }

    /** The steps as {@code options} ask: every point's or one point's, then the sums and the update. */
    public static List<WorkedExampleStep> of(IterationTrace trace, StepOptions options) {
        if (options.point() >= trace.points().size()) {
            throw new IllegalArgumentException("point index " + options.point() + " is beyond the "
                    + trace.points().size() + " points (0.." + (trace.points().size() - 1) + ")");
        }
        return new WorkedExampleSteps(trace, options).build();
    }

    private List<WorkedExampleStep> build() {
        for (int p = 0; p < trace.points().size(); p++) {
            if (options.point() == StepOptions.ALL_POINTS || options.point() == p) {
                point(p, trace.point(p));
            }
        }
        int out = arch.depth();
        for (int l = out; l >= 1; l--) {
            add(Phase.SUM, l, WorkedExampleStep.NO_POINT, "Summed bias gradient of layer " + l,
                    Piece.of(partial(vec("b", l)), 3), Piece.of(sum(vec("b", l)), 6), Piece.EMPTY,
                    column(trace.gradient().db(l)), 0);
            add(Phase.SUM, l, WorkedExampleStep.NO_POINT, "Summed weight gradient of layer " + l,
                    Piece.of(partial(matrixName(l)), 3), Piece.of(sum(matrixName(l)), 6), Piece.EMPTY,
                    matrix(trace.gradient().dA(l), l), 0);
        }
        String alpha = numbers.rate(trace.learningRate());
        Piece minusAlpha = Piece.of("- " + alpha, alpha.length() * 0.5 + 1.5);
        Network before = trace.before();
        for (int l = 1; l <= out; l++) {
            int cols = arch.size(l - 1);
            add(Phase.UPDATE, l, WorkedExampleStep.NO_POINT, "New weights of layer " + l,
                    Piece.of(matrixName(l), 1.5), WorkedExampleStep.ASSIGNMENT,
                    Piece.of(matrixName(l) + " - \\alpha " + partial(matrixName(l)), 5),
                    given(before.weights(l), arch.size(l)).then(minusAlpha).then(matrix(trace.gradient().dA(l), l)),
                    given(trace.updated().weights(l), arch.size(l)), 3 * cols);
            add(Phase.UPDATE, l, WorkedExampleStep.NO_POINT, "New biases of layer " + l,
                    Piece.of(vec("b", l), 1.5), WorkedExampleStep.ASSIGNMENT,
                    Piece.of(vec("b", l) + " - \\alpha " + partial(vec("b", l)), 5),
                    given(before.biases(l)).then(minusAlpha).then(column(trace.gradient().db(l))),
                    given(trace.updated().biases(l)), 3);
        }
        return List.copyOf(steps);
    }

    private void point(int p, PointTrace point) {
        Network net = trace.before();
        int out = arch.depth();
        add(Phase.FORWARD, 0, p, "The input", Piece.of(vec("\\Sigma", 0) + " = " + vec("h", 0), 3.5),
                Piece.of("\\vec{x}", 1), Piece.EMPTY, data(point.x()), 0);
        for (int l = 1; l <= out; l++) {
            LayerTrace layer = point.layer(l);
            add(Phase.FORWARD, l, p, "Weighted inputs of layer " + l, Piece.of(vec("\\Sigma", l), 1.5),
                    Piece.of(matrixName(l) + " " + vec("h", l - 1) + " + " + vec("b", l), 6),
                    given(net.weights(l), arch.size(l)).then(input(point, l)).then("+", 1.5).then(given(net.biases(l))),
                    column(layer.sigma()), arch.size(l - 1) + 3);
            add(Phase.FORWARD, l, p, "Outputs of layer " + l, Piece.of(vec("h", l), 1.5),
                    Piece.of(sigma(vec("\\Sigma", l), act(l)), 3), paren(act(l), column(layer.sigma())),
                    column(layer.h()), 2);
        }
        String y = point.y().length == 1 ? "y" : "\\vec{y}";
        if (options.squaredError()) {
            squaredError(p, point, y);
        }
        add(Phase.LOSS, out, p, "Gradient of RSS with respect to the output", Piece.of(partial(vec("h", out)), 3),
                Piece.of("2 \\left( " + vec("h", out) + " - " + y + " \\right)", 4),
                paren("2 ", column(point.output()).then("-", 1.5).then(data(point.y()))),
                column(point.layer(out).dRssDh()), 3);
        for (int l = out - 1; l >= 1; l--) {
            LayerTrace next = point.layer(l + 1);
            add(Phase.BACKWARD, l, p, "Backpropagated to layer " + l, Piece.of(partial(vec("h", l)), 3),
                    Piece.of(matrixName(l + 1) + "^{T} \\left( " + partial(vec("h", l + 1)) + " \\circ "
                            + sigma(vec("\\Sigma", l + 1), act(l + 1) + "'") + " \\right)", 10),
                    given(TexMath.transpose(net.weights(l + 1), arch.size(l + 1)), arch.size(l))
                            .then(paren("", column(next.dRssDh()).then("\\circ", 1)
                                    .then(paren(act(l + 1) + "'", column(next.sigma()))))),
                    column(point.layer(l).dRssDh()), arch.size(l + 1) + 3);
        }
        String here = numbers.point(point.x(), point.y());
        for (int l = out; l >= 1; l--) {
            LayerTrace layer = point.layer(l);
            add(Phase.EXPAND, l, p, "Bias gradient of layer " + l, Piece.of(at(partial(vec("b", l)), here), 5),
                    Piece.of(partial(vec("h", l)) + " \\circ " + sigma(vec("\\Sigma", l), act(l) + "'"), 6),
                    column(layer.dRssDh()).then("\\circ", 1).then(paren(act(l) + "'", column(layer.sigma()))),
                    column(layer.dRssDb()), 3);
            add(Phase.EXPAND, l, p, "Weight gradient of layer " + l, Piece.of(at(partial(matrixName(l)), here), 5),
                    Piece.of(at(partial(vec("b", l)), here) + " \\otimes " + vec("h", l - 1), 7),
                    column(layer.dRssDb()).then("\\otimes", 1).then(input(point, l)), matrix(layer.dRssDa(), l),
                    2 + arch.size(l - 1));
        }
    }

    /** The point's share of RSS and how it turns into the gradient at the output. */
    private void squaredError(int p, PointTrace point, String y) {
        int out = arch.depth();
        double[] f = point.output();
        double loss = 0;
        for (int i = 0; i < f.length; i++) {
            loss += (f[i] - point.y()[i]) * (f[i] - point.y()[i]);
        }
        Piece value = Piece.of(numbers.computed(new double[] {loss})[0], 4);
        String h = vec("h", out);
        if (f.length == 1) {
            add(Phase.SQUARED_ERROR, out, p, "Squared error of this point",
                    Piece.of("\\left( f(\\vec{x}) - y \\right)^{2}", 5), Piece.of("\\left( " + h + " - y \\right)^{2}", 4),
                    Piece.of("\\left( " + numbers.computed(f)[0] + " - " + numbers.data(point.y())[0] + " \\right)^{2}", 8),
                    value, 0);
        } else {
            add(Phase.SQUARED_ERROR, out, p, "Squared error of this point",
                    Piece.of("\\left\\| f(\\vec{x}) - \\vec{y} \\right\\|^{2}", 5),
                    Piece.of("\\sum_{i} \\left( h_{" + out + "i} - y_{i} \\right)^{2}", 6), Piece.EMPTY, value, 0);
        }
        add(Phase.SQUARED_ERROR, out, p, "Its derivative at the output", Piece.of(partial(h), 3),
                Piece.of("\\frac{\\partial}{\\partial " + h + "} \\left( " + h + " - " + y + " \\right)^{2}", 7),
                Piece.EMPTY, Piece.of("2 \\left( " + h + " - " + y + " \\right)", 4), 0);
    }

    /** sigma in the chapter's notation, or the layer's activation by name when asked. */
    private String act(int l) {
        return options.namedActivations() ? TexMath.symbol(arch.activation(l)) : "\\sigma";
    }

    /** {@code \sum_{(\vec{x}, y)} \left. d/d(of) \right|_{(\vec{x}, y)}}. */
    private static String sum(String of) {
        return "\\sum_{(\\vec{x}, y)} " + at(partial(of), "(\\vec{x}, y)");
    }

    /** h_{l-1}, what layer l takes in: the data's x for layer 1. */
    private Piece input(PointTrace point, int l) {
        return l == 1 ? given(point.x()) : column(point.layer(l - 1).h());
    }

    /** Computed values shaped like A_l. */
    private Piece matrix(double[] flat, int l) {
        return TexMath.matrix(numbers.computed(flat), arch.size(l), options.elide());
    }

    private Piece column(double[] values) {
        return TexMath.matrix(numbers.computed(values), values.length, options.elide());
    }

    /** Values the iteration starts from (weights, the input), {@code rows} rows of them. */
    private Piece given(double[] flat, int rows) {
        return TexMath.matrix(numbers.given(flat), rows, options.elide());
    }

    /** A column of given values (biases, the input). */
    private Piece given(double[] values) {
        return given(values, values.length);
    }

    /** Inputs and targets as the data gives them. */
    private Piece data(double[] values) {
        return TexMath.matrix(numbers.data(values), values.length, options.elide());
    }

    /** @param columns columns of numbers in {@code numbers} and {@code result} together */
    private void add(Phase phase, int layer, int point, String caption, Piece lhs, Piece formula, Piece numbers,
                     Piece result, int columns) {
        add(phase, layer, point, caption, lhs, "=", formula, numbers, result, columns);
    }

    private void add(Phase phase, int layer, int point, String caption, Piece lhs, String relation, Piece formula,
                     Piece numbers, Piece result, int columns) {
        steps.add(new WorkedExampleStep(phase, layer, point, caption, lhs, relation, formula, numbers, result,
                columns > WIDE));
    }
}
