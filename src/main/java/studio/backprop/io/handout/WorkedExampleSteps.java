package studio.backprop.io.handout;

import static studio.backprop.io.handout.TexMath.at;
import static studio.backprop.io.handout.TexMath.matrixName;
import static studio.backprop.io.handout.TexMath.partial;
import static studio.backprop.io.handout.TexMath.sigma;
import static studio.backprop.io.handout.TexMath.sigmaPrime;
import static studio.backprop.io.handout.TexMath.vec;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.IterationTrace.LayerTrace;
import studio.backprop.engine.IterationTrace.PointTrace;
import studio.backprop.engine.Network;
import studio.backprop.io.Decimals;
import studio.backprop.io.handout.WorkedExampleStep.Phase;

/** Turns an {@link IterationTrace} into the chapter's formulas with their numbers, step by step. */
final class WorkedExampleSteps {
    /** Columns of numbers beyond which a formula's numbers and result no longer fit one printed line. */
    private static final int WIDE = 8;

    private final Decimals decimals = new Decimals(WorkedExampleDocument.DIGITS);
    private final IterationTrace trace;
    private final Architecture arch;
    private final List<WorkedExampleStep> steps = new ArrayList<>();

    private WorkedExampleSteps(IterationTrace trace) {
        this.trace = trace;
        this.arch = trace.before().architecture();
    }

    static List<WorkedExampleStep> of(IterationTrace trace) {
        return new WorkedExampleSteps(trace).build();
    }

    private List<WorkedExampleStep> build() {
        for (int p = 0; p < trace.points().size(); p++) {
            point(p, trace.point(p));
        }
        int out = arch.depth();
        for (int l = out; l >= 1; l--) {
            add(Phase.SUM, l, WorkedExampleStep.NO_POINT, "Summed bias gradient of layer " + l,
                    partial(vec("b", l)), sum(vec("b", l)), "", column(trace.gradient().db(l)), 0);
            add(Phase.SUM, l, WorkedExampleStep.NO_POINT, "Summed weight gradient of layer " + l,
                    partial(matrixName(l)), sum(matrixName(l)), "", matrix(trace.gradient().dA(l), l), 0);
        }
        String alpha = Decimals.plain(trace.learningRate());
        Network before = trace.before();
        for (int l = 1; l <= out; l++) {
            int cols = arch.size(l - 1);
            add(Phase.UPDATE, l, WorkedExampleStep.NO_POINT, "New weights of layer " + l,
                    matrixName(l) + " \\to " + matrixName(l) + " - \\alpha " + partial(matrixName(l)), "",
                    matrix(before.weights(l), l) + " - " + alpha + " " + matrix(trace.gradient().dA(l), l),
                    matrix(trace.updated().weights(l), l), 3 * cols);
            add(Phase.UPDATE, l, WorkedExampleStep.NO_POINT, "New biases of layer " + l,
                    vec("b", l) + " \\to " + vec("b", l) + " - \\alpha " + partial(vec("b", l)), "",
                    column(before.biases(l)) + " - " + alpha + " " + column(trace.gradient().db(l)),
                    column(trace.updated().biases(l)), 3);
        }
        return List.copyOf(steps);
    }

    private void point(int p, PointTrace point) {
        Network net = trace.before();
        int out = arch.depth();
        add(Phase.FORWARD, 0, p, "The input", vec("\\Sigma", 0) + " = " + vec("h", 0), "\\vec{x}", "",
                data(point.x()), 0);
        for (int l = 1; l <= out; l++) {
            LayerTrace layer = point.layer(l);
            double[] in = l == 1 ? point.x() : point.layer(l - 1).h();
            add(Phase.FORWARD, l, p, "Weighted inputs of layer " + l, vec("\\Sigma", l),
                    matrixName(l) + " " + vec("h", l - 1) + " + " + vec("b", l),
                    matrix(net.weights(l), l) + " " + column(in) + " + " + column(net.biases(l)),
                    column(layer.sigma()), arch.size(l - 1) + 3);
            add(Phase.FORWARD, l, p, "Outputs of layer " + l, vec("h", l), sigma(vec("\\Sigma", l)),
                    sigma(column(layer.sigma())), column(layer.h()), 2);
        }
        String y = point.y().length == 1 ? "y" : "\\vec{y}";
        add(Phase.LOSS, out, p, "Gradient of RSS with respect to the output", partial(vec("h", out)),
                "2 \\left( " + vec("h", out) + " - " + y + " \\right)",
                "2 \\left( " + column(point.output()) + " - " + data(point.y()) + " \\right)",
                column(point.layer(out).dRssDh()), 3);
        for (int l = out - 1; l >= 1; l--) {
            LayerTrace next = point.layer(l + 1);
            add(Phase.BACKWARD, l, p, "Backpropagated to layer " + l, partial(vec("h", l)),
                    matrixName(l + 1) + "^{T} \\left( " + partial(vec("h", l + 1)) + " \\circ "
                            + sigmaPrime(vec("\\Sigma", l + 1)) + " \\right)",
                    TexMath.bmatrix(TexMath.transpose(net.weights(l + 1), arch.size(l + 1)), arch.size(l),
                            decimals::exactOrFixed)
                            + " \\left( " + column(next.dRssDh()) + " \\circ " + sigmaPrime(column(next.sigma())) + " \\right)",
                    column(point.layer(l).dRssDh()), arch.size(l + 1) + 3);
        }
        String here = Decimals.point(point.x(), point.y());
        for (int l = out; l >= 1; l--) {
            LayerTrace layer = point.layer(l);
            double[] in = l == 1 ? point.x() : point.layer(l - 1).h();
            add(Phase.EXPAND, l, p, "Bias gradient of layer " + l, at(partial(vec("b", l)), here),
                    partial(vec("h", l)) + " \\circ " + sigmaPrime(vec("\\Sigma", l)),
                    column(layer.dRssDh()) + " \\circ " + sigmaPrime(column(layer.sigma())), column(layer.dRssDb()), 3);
            add(Phase.EXPAND, l, p, "Weight gradient of layer " + l, at(partial(matrixName(l)), here),
                    at(partial(vec("b", l)), here) + " \\otimes " + vec("h", l - 1),
                    column(layer.dRssDb()) + " \\otimes " + column(in), matrix(layer.dRssDa(), l), 2 + arch.size(l - 1));
        }
    }

    /** {@code \sum_{(\vec{x}, y)} \left. d/d(of) \right|_{(\vec{x}, y)}}. */
    private static String sum(String of) {
        return "\\sum_{(\\vec{x}, y)} " + at(partial(of), "(\\vec{x}, y)");
    }

    /** A matrix shaped like A_l. */
    private String matrix(double[] flat, int l) {
        return TexMath.bmatrix(flat, arch.size(l), decimals::exactOrFixed);
    }

    private String column(double[] values) {
        return TexMath.bmatrix(values, values.length, decimals::exactOrFixed);
    }

    /** Inputs and targets as the data gives them. */
    private static String data(double[] values) {
        return TexMath.bmatrix(values, values.length, Decimals::plain);
    }

    /** @param columns columns of numbers in {@code numbers} and {@code result} together */
    private void add(Phase phase, int layer, int point, String caption, String lhs, String formula, String numbers,
                     String result, int columns) {
        steps.add(new WorkedExampleStep(phase, layer, point, caption, lhs, formula, numbers, result, columns > WIDE));
    }
}
