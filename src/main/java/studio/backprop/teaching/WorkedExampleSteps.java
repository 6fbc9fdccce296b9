package studio.backprop.teaching;

import static studio.backprop.teaching.TexMath.at;
import static studio.backprop.teaching.TexMath.matrixName;
import static studio.backprop.teaching.TexMath.paren;
import static studio.backprop.teaching.TexMath.partial;
import static studio.backprop.teaching.TexMath.sigma;
import static studio.backprop.teaching.TexMath.vec;

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
    private final IterationTrace trace;
    private final StepOptions options;
    private final NumberStyle numbers;
    private final Architecture arch;
    private final StepWriter writer;

    private WorkedExampleSteps(IterationTrace trace, StepOptions options) {
        this.trace = trace;
        this.options = options;
        this.numbers = options.numbers();
        this.arch = trace.before().architecture();
        this.writer = new StepWriter(options, arch);
    }

    /** The documents' steps: see {@link WorkedExampleDocument#steps}. */
    public static List<WorkedExampleStep> of(IterationTrace trace) {
        return of(trace, StepOptions.document());
    }

    /**
     * The steps as {@code options} ask: every point's or one point's (the points of the update's batch, numbered
     * from 0 in the batch), then the sums and the update.
     */
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
        UpdateSteps update = new UpdateSteps(trace, writer);
        update.sums();
        update.update();
        return writer.steps();
    }

    private void point(int p, PointTrace point) {
        Network net = trace.before();
        int out = arch.depth();
        writer.add(Phase.FORWARD, 0, p, "The input", Piece.of(vec("\\Sigma", 0) + " = " + vec("h", 0), 3.5),
                Piece.of("\\vec{x}", 1), Piece.EMPTY, writer.data(point.x()), 0);
        for (int l = 1; l <= out; l++) {
            LayerTrace layer = point.layer(l);
            writer.add(Phase.FORWARD, l, p, "Weighted inputs of layer " + l, Piece.of(vec("\\Sigma", l), 1.5),
                    Piece.of(matrixName(l) + " " + vec("h", l - 1) + " + " + vec("b", l), 6),
                    writer.given(net.weights(l), arch.size(l)).then(input(point, l)).then("+", 1.5).then(writer.given(net.biases(l))),
                    writer.column(layer.sigma()), arch.size(l - 1) + 3);
            writer.add(Phase.FORWARD, l, p, "Outputs of layer " + l, Piece.of(vec("h", l), 1.5),
                    Piece.of(sigma(vec("\\Sigma", l), act(l)), 3), paren(act(l), writer.column(layer.sigma())),
                    writer.column(layer.h()), 2);
        }
        String y = TexMath.target(point.y().length);
        if (options.squaredError()) {
            squaredError(p, point, y);
        }
        writer.add(Phase.LOSS, out, p, "Gradient of RSS with respect to the output", Piece.of(partial(vec("h", out)), 3),
                Piece.of("2 \\left( " + vec("h", out) + " - " + y + " \\right)", 4),
                paren("2 ", writer.column(point.output()).then("-", 1.5).then(writer.data(point.y()))),
                writer.column(point.layer(out).dRssDh()), 3);
        for (int l = out - 1; l >= 1; l--) {
            LayerTrace next = point.layer(l + 1);
            writer.add(Phase.BACKWARD, l, p, "Backpropagated to layer " + l, Piece.of(partial(vec("h", l)), 3),
                    Piece.of(matrixName(l + 1) + "^{T} \\left( " + partial(vec("h", l + 1)) + " \\circ "
                            + sigma(vec("\\Sigma", l + 1), act(l + 1) + "'") + " \\right)", 10),
                    writer.given(TexMath.transpose(net.weights(l + 1), arch.size(l + 1)), arch.size(l))
                            .then(paren("", writer.column(next.dRssDh()).then("\\circ", 1)
                                    .then(paren(act(l + 1) + "'", writer.column(next.sigma()))))),
                    writer.column(point.layer(l).dRssDh()), arch.size(l + 1) + 3);
        }
        String here = numbers.point(point.x(), point.y());
        for (int l = out; l >= 1; l--) {
            LayerTrace layer = point.layer(l);
            writer.add(Phase.EXPAND, l, p, "Bias gradient of layer " + l, Piece.of(at(partial(vec("b", l)), here), 5),
                    Piece.of(partial(vec("h", l)) + " \\circ " + sigma(vec("\\Sigma", l), act(l) + "'"), 6),
                    writer.column(layer.dRssDh()).then("\\circ", 1).then(paren(act(l) + "'", writer.column(layer.sigma()))),
                    writer.column(layer.dRssDb()), 3);
            writer.add(Phase.EXPAND, l, p, "Weight gradient of layer " + l, Piece.of(at(partial(matrixName(l)), here), 5),
                    Piece.of(at(partial(vec("b", l)), here) + " \\otimes " + vec("h", l - 1), 7),
                    writer.column(layer.dRssDb()).then("\\otimes", 1).then(input(point, l)), writer.matrix(layer.dRssDa(), l),
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
            writer.add(Phase.SQUARED_ERROR, out, p, "Squared error of this point",
                    Piece.of(TexMath.squaredError(1), 5), Piece.of("\\left( " + h + " - y \\right)^{2}", 4),
                    Piece.of("\\left( " + numbers.computed(f)[0] + " - " + numbers.data(point.y())[0] + " \\right)^{2}", 8),
                    value, 0);
        } else {
            // The squared length of the difference: the sum of the outputs' squared errors.
            Piece difference = writer.column(f).then("-", 1.5).then(writer.data(point.y()));
            writer.add(Phase.SQUARED_ERROR, out, p, "Squared error of this point",
                    Piece.of(TexMath.squaredError(f.length), 5), Piece.of(TexMath.squaredLength(h + " - " + y), 4),
                    Piece.of(TexMath.squaredLength(difference.tex()), difference.em() + 2), value, 0);
        }
        writer.add(Phase.SQUARED_ERROR, out, p, "Its derivative at the output", Piece.of(partial(h), 3),
                Piece.of("\\frac{\\partial}{\\partial " + h + "} " + (f.length == 1 ? "\\left( " + h + " - y \\right)^{2}"
                        : TexMath.squaredLength(h + " - " + y)), 7),
                Piece.EMPTY, Piece.of("2 \\left( " + h + " - " + y + " \\right)", 4), 0);
    }

    /** sigma in the chapter's notation, or the layer's activation by name when asked. */
    private String act(int l) {
        return options.namedActivations() ? TexMath.symbol(arch.activation(l)) : "\\sigma";
    }

    /** h_{l-1}, what layer l takes in: the data's x for layer 1. */
    private Piece input(PointTrace point, int l) {
        return l == 1 ? writer.given(point.x()) : writer.column(point.layer(l - 1).h());
    }
}
