package studio.backprop.ui.worked;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Gradient;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.IterationTrace.LayerTrace;
import studio.backprop.engine.IterationTrace.PointTrace;
import studio.backprop.engine.Network;
import studio.backprop.ui.Phase;
import studio.backprop.ui.worked.Tex.Piece;

/**
 * The chapter's "worked example of a single iteration" for one point as LaTeX, one step per phase in
 * {@link Phase#sequence} order: forward layer by layer, the loss, backward and expansion from the output
 * layer down, then the sum over all points and the update. Self-contained on purpose, so that the
 * shared handout generator can replace it.
 */
public final class WorkedExampleLatex {
    public static final int DEFAULT_DECIMALS = 6;
    public static final int MIN_DECIMALS = 3;
    public static final int MAX_DECIMALS = 8;

    /** One step: the phase it belongs to, a plain-text caption and the formula. */
    public record Step(Phase phase, String caption, String latex) {
    }

    private final IterationTrace trace;
    private final PointTrace pt;
    private final Architecture arch;
    private final int d;
    private final double maxEm;
    private final String at;

    private WorkedExampleLatex(IterationTrace trace, int point, int decimals, double maxEm) {
        this.trace = trace;
        this.pt = trace.point(point);
        this.arch = trace.before().architecture();
        this.d = decimals;
        this.maxEm = maxEm;
        this.at = pointLabel(pt, decimals);
    }

    /** Every step, on one line each however wide. */
    public static List<Step> steps(IterationTrace trace, int point, int decimals) {
        return steps(trace, point, decimals, Double.POSITIVE_INFINITY);
    }

    /** Every step, equations continued on a new line where one would be wider than about maxEm ems. */
    public static List<Step> steps(IterationTrace trace, int point, int decimals, double maxEm) {
        return new WorkedExampleLatex(trace, point, decimals, maxEm).build();
    }

    /** "([0.25], 1)": the point as the chapter writes it. */
    public static String pointLabel(PointTrace pt, int decimals) {
        return "(" + vector(pt.x(), decimals) + ", " + scalarOrVector(pt.y(), decimals) + ")";
    }

    private static String vector(double[] v, int decimals) {
        List<String> parts = new ArrayList<>();
        for (double x : v) {
            parts.add(Tex.given(x, decimals));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static String scalarOrVector(double[] v, int decimals) {
        return v.length == 1 ? Tex.given(v[0], decimals) : vector(v, decimals);
    }

    private List<Step> build() {
        int depth = arch.depth();
        List<Step> steps = new ArrayList<>();
        for (Phase phase : Phase.sequence(depth)) {
            steps.add(switch (phase.kind()) {
                case FORWARD -> forward(phase);
                case LOSS -> loss(phase);
                case BACKWARD -> phase.layer() == depth ? outputGradient(phase) : backward(phase);
                case EXPAND -> expand(phase);
                case SUM -> sum(phase);
                case UPDATE -> update(phase);
            });
        }
        return List.copyOf(steps);
    }

    private LayerTrace layer(int l) {
        return pt.layer(l);
    }

    /** h_l at this point, with h_0 = x. */
    private double[] h(int l) {
        return l == 0 ? pt.x() : layer(l).h();
    }

    private Piece hPiece(int l) {
        return l == 0 ? Tex.givenMatrix(pt.x(), pt.x().length, 1, d) : Tex.column(h(l), d);
    }

    private Piece weights(Network n, int l) {
        return Tex.givenMatrix(n.weights(l), arch.size(l), arch.size(l - 1), d);
    }

    private Piece biases(Network n, int l) {
        return Tex.givenMatrix(n.biases(l), arch.size(l), 1, d);
    }

    private String eq(String lhs, double lhsEm, String relation, Piece... rhs) {
        return Tex.equation(Piece.of(lhs, lhsEm), relation, List.of(rhs), maxEm);
    }

    private String act(int l) {
        return Tex.act(arch.activation(l));
    }

    private Step forward(Phase phase) {
        int l = phase.layer();
        List<String> eqs = new ArrayList<>();
        if (l == 1) {
            eqs.add(eq("\\vec \\Sigma_0", 1.5, "=", Piece.of("\\vec x", 1), hPiece(0)));
            eqs.add(eq("\\vec h_0", 1.5, "=", Piece.of("\\vec x", 1), hPiece(0)));
        }
        Piece sigma = Tex.column(layer(l).sigma(), d);
        Piece product = weights(trace.before(), l).then(hPiece(l - 1)).then(Piece.of("+", 1.5))
                .then(biases(trace.before(), l));
        eqs.add(eq("\\vec \\Sigma_" + l, 1.5, "=",
                Piece.of("A_" + l + " \\vec h_" + (l - 1) + " + \\vec b_" + l, 6), product, sigma));
        eqs.add(eq("\\vec h_" + l, 1.5, "=", Piece.of(act(l) + " \\left( \\vec \\Sigma_" + l + " \\right)", 3),
                Tex.paren(act(l), sigma), Tex.column(h(l), d)));
        String caption = l == 1
                ? "Forward, layer 1: from the input Σ₀ = h₀ = x"
                : "Forward, layer " + l + (l == arch.depth() ? " (output): f(x) = h" + sub(l) : "");
        return new Step(phase, caption, Tex.aligned(eqs));
    }

    private Step loss(Phase phase) {
        int out = arch.depth();
        double[] f = h(out);
        double[] y = pt.y();
        double loss = 0;
        for (int i = 0; i < f.length; i++) {
            loss += (f[i] - y[i]) * (f[i] - y[i]);
        }
        List<String> eqs = new ArrayList<>();
        if (f.length == 1) {
            String h = "h_{" + out + "1}";
            eqs.add(eq("\\left( f(\\vec x) - y \\right)^2", 5, "=", Piece.of("\\left( " + h + " - y \\right)^2", 4),
                    Piece.of("\\left( " + Tex.num(f[0], d) + " - " + Tex.given(y[0], d) + " \\right)^2", 8),
                    Piece.of(Tex.num(loss, d), 4)));
            eqs.add(eq(Tex.partial(h), 3, "=",
                    Piece.of("\\frac{\\partial}{\\partial " + h + "} \\left[ \\left( " + h + " - y \\right)^2 \\right]", 7),
                    Piece.of("2 \\left( " + h + " - y \\right)", 4)));
        } else {
            String h = "\\vec h_" + out;
            eqs.add(eq("\\left\\| f(\\vec x) - \\vec y \\right\\|^2", 5, "=",
                    Piece.of("\\sum_i \\left( h_{" + out + "i} - y_i \\right)^2", 6), Piece.of(Tex.num(loss, d), 4)));
            eqs.add(eq(Tex.partial(h), 3, "=", Piece.of("2 \\left( " + h + " - \\vec y \\right)", 4)));
        }
        return new Step(phase, "Loss of this point and its derivative at the output", Tex.aligned(eqs));
    }

    private Step outputGradient(Phase phase) {
        int out = phase.layer();
        double[] f = h(out);
        double[] dh = layer(out).dRssDh();
        String eq;
        if (f.length == 1) {
            String h = "h_{" + out + "1}";
            eq = eq(Tex.partial(h), 3, "=", Piece.of("2 \\left( " + h + " - y \\right)", 4),
                    Piece.of("2 \\left( " + Tex.num(f[0], d) + " - " + Tex.given(pt.y()[0], d) + " \\right)", 8),
                    Piece.of(Tex.num(dh[0], d), 4));
        } else {
            Piece diff = Tex.column(f, d).then(Piece.of("-", 1.5)).then(Tex.givenMatrix(pt.y(), f.length, 1, d));
            eq = eq(Tex.partial("\\vec h_" + out), 3, "=", Piece.of("2 \\left( \\vec h_" + out + " - \\vec y \\right)", 4),
                    Tex.paren("2", diff), Tex.column(dh, d));
        }
        return new Step(phase, "Backpropagation, layer " + out + " (output): start from the loss", Tex.aligned(List.of(eq)));
    }

    private Step backward(Phase phase) {
        int l = phase.layer();
        int next = l + 1;
        Piece aT = Tex.givenMatrix(Tex.transpose(trace.before().weights(next), arch.size(next), arch.size(l)),
                arch.size(l), arch.size(next), d);
        String derivative = act(next) + "'";
        Piece inner = Tex.column(layer(next).dRssDh(), d).then(Piece.of("\\circ", 1))
                .then(Tex.paren(derivative, Tex.column(layer(next).sigma(), d)));
        String eq = eq(Tex.partial("\\vec h_{" + l + "}"), 3, "=",
                Piece.of("A_{" + next + "}^T \\left( " + Tex.partial("\\vec h_{" + next + "}") + " \\circ "
                        + derivative + " \\left( \\vec \\Sigma_{" + next + "} \\right) \\right)", 10),
                aT.then(Tex.paren("", inner)), Tex.column(layer(l).dRssDh(), d));
        return new Step(phase, "Backpropagation, layer " + l + ": from layer " + next, Tex.aligned(List.of(eq)));
    }

    private Step expand(Phase phase) {
        int l = phase.layer();
        LayerTrace lt = layer(l);
        String derivative = act(l) + "'";
        Piece db = Tex.column(lt.dRssDb(), d);
        String dbAt = Tex.partialAt("\\vec b_{" + l + "}", at);
        String bEq = eq(dbAt, 5, "=",
                Piece.of(Tex.partial("\\vec h_{" + l + "}") + " \\circ " + derivative
                        + " \\left( \\vec \\Sigma_{" + l + "} \\right)", 6),
                Tex.column(lt.dRssDh(), d).then(Piece.of("\\circ", 1))
                        .then(Tex.paren(derivative, Tex.column(lt.sigma(), d))),
                db);
        String aEq = eq(Tex.partialAt("A_{" + l + "}", at), 5, "=",
                Piece.of(dbAt + " \\otimes \\vec h_{" + (l - 1) + "}", 7),
                db.then(Piece.of("\\otimes", 1)).then(hPiece(l - 1)),
                Tex.matrix(lt.dRssDa(), arch.size(l), arch.size(l - 1), d));
        return new Step(phase, "Expansion, layer " + l + ": weight gradients at this point",
                Tex.aligned(List.of(bEq, aEq)));
    }

    private Step sum(Phase phase) {
        Gradient g = trace.gradient();
        String over = "(\\vec x, y)";
        List<String> eqs = new ArrayList<>();
        for (int l = arch.depth(); l >= 1; l--) {
            eqs.add(eq(Tex.partial("\\vec b_{" + l + "}"), 3, "=",
                    Piece.of("\\sum_{" + over + "} " + Tex.partialAt("\\vec b_{" + l + "}", over), 6),
                    Tex.column(g.db(l), d)));
            eqs.add(eq(Tex.partial("A_{" + l + "}"), 3, "=",
                    Piece.of("\\sum_{" + over + "} " + Tex.partialAt("A_{" + l + "}", over), 6),
                    Tex.matrix(g.dA(l), arch.size(l), arch.size(l - 1), d)));
        }
        return new Step(phase, "Sum over all " + trace.points().size() + " points", Tex.aligned(eqs));
    }

    private Step update(Phase phase) {
        Gradient g = trace.gradient();
        String alpha = Tex.given(trace.learningRate(), Math.max(d, 10));
        double alphaEm = alpha.length() * 0.5;
        List<String> eqs = new ArrayList<>();
        for (int l = 1; l <= arch.depth(); l++) {
            eqs.add(eq("A_{" + l + "}", 1.5, "\\to", Piece.of("A_{" + l + "} - \\alpha " + Tex.partial("A_{" + l + "}"), 5),
                    weights(trace.before(), l).then(Piece.of("- " + alpha, alphaEm + 1.5))
                            .then(Tex.matrix(g.dA(l), arch.size(l), arch.size(l - 1), d)),
                    weights(trace.updated(), l)));
            eqs.add(eq("\\vec b_{" + l + "}", 1.5, "\\to",
                    Piece.of("\\vec b_{" + l + "} - \\alpha " + Tex.partial("\\vec b_{" + l + "}"), 5),
                    biases(trace.before(), l).then(Piece.of("- " + alpha, alphaEm + 1.5)).then(Tex.column(g.db(l), d)),
                    biases(trace.updated(), l)));
        }
        return new Step(phase, "Update with α = " + alpha + ": the weights of iteration " + (trace.iteration() + 1),
                Tex.aligned(eqs));
    }

    private static String sub(int l) {
        return String.valueOf(l).chars().mapToObj(c -> String.valueOf((char) ('₀' + c - '0')))
                .reduce("", String::concat);
    }
}
