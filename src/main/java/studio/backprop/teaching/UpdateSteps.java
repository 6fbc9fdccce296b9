package studio.backprop.teaching;

import static studio.backprop.teaching.TexMath.at;
import static studio.backprop.teaching.TexMath.matrixName;
import static studio.backprop.teaching.TexMath.partial;
import static studio.backprop.teaching.TexMath.vec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.backprop.engine.Adam;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Momentum;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.WeightArrays;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * The steps after the points: the gradients summed over the batch (plus the penalty's on the weights), then
 * the optimiser's update of every A_l and b_l with its numbers. The chapter's update (gradient descent on
 * every point, no penalty) is written exactly as the chapter writes it.
 */
final class UpdateSteps {
    private final IterationTrace trace;
    private final StepWriter out;
    private final Architecture arch;
    private final UpdateRule rule;
    private final Penalty penalty;
    /** True for the chapter's update, written exactly as it always was. */
    private final boolean chapters;
    /** Where the sums run: every point, or the batch B. */
    private final String over;
    /** {@code (\\vec{x}, y)}, with \\vec{y} for several outputs. */
    private final String point;

    UpdateSteps(IterationTrace trace, StepWriter out) {
        this.trace = trace;
        this.out = out;
        this.arch = trace.before().architecture();
        this.rule = UpdateRule.of(trace);
        this.penalty = trace.penalty();
        this.chapters = UpdateRule.isChapters(trace, out.options().dataSize());
        this.point = TexMath.point(arch.outputs());
        this.over = chapters || rule.isWholeBatch(out.options().dataSize()) ? point : point + " \\in B";
    }

    /** One A_l or b_l: its symbols, its values before and after the update and its gradient. */
    private record Tensor(int layer, boolean weights, String name, String gradient, double[] before, double[] after,
                          double[] g, int rows, int columns) {
        /** A memory array of this tensor: {@code M_{1}} for A_1, {@code \vec{m}_{1}} for b_1. */
        String memory(String letter) {
            return weights ? letter.toUpperCase(Locale.ROOT) + "_{" + layer + "}" : vec(letter, layer);
        }

        String hat(String letter) {
            return "\\hat{" + (weights ? letter.toUpperCase(Locale.ROOT) : "\\vec{" + letter + "}") + "}_{" + layer + "}";
        }

        double[] of(WeightArrays arrays) {
            return weights ? arrays.a()[layer] : arrays.b()[layer];
        }

        String what() {
            return (weights ? "weights" : "biases") + " of layer " + layer;
        }
    }

    /** dRSS/db_l and dRSS/dA_l summed over the points, output layer first; with a penalty, its gradient added. */
    void sums() {
        for (int l = arch.depth(); l >= 1; l--) {
            out.add(Phase.SUM, l, WorkedExampleStep.NO_POINT, "Summed bias gradient of layer " + l,
                    Piece.of(partial(vec("b", l)), 3), Piece.of(sum(vec("b", l)), 6), Piece.EMPTY,
                    out.column(trace.gradient().db(l)), 0);
            double[] rss = penalty.isSet() ? rule.rssSum(l) : trace.gradient().dA(l);
            out.add(Phase.SUM, l, WorkedExampleStep.NO_POINT, "Summed weight gradient of layer " + l,
                    Piece.of(partial(matrixName(l)), 3), Piece.of(sum(matrixName(l)), 6), Piece.EMPTY,
                    out.matrix(rss, l), 0);
            if (penalty.isSet()) {
                penalised(l, rss);
            }
        }
    }

    /** d(RSS + P)/dA_l = dRSS/dA_l + 2 lambda2 A_l + lambda1 sign(A_l): the weights' gradient the update uses. */
    private void penalised(int l, double[] rss) {
        String a = matrixName(l);
        double[] weights = trace.before().weights(l);
        int rows = arch.size(l);
        String formula = partial(a);
        double em = 3;
        List<Piece> terms = new ArrayList<>(List.of(out.matrix(rss, l)));
        if (penalty.l2() > 0) {
            formula += " + 2 \\lambda_{2} " + a;
            em += 4.5;
            terms.add(Piece.of("+ 2 \\cdot " + value(penalty.l2()), 4).then(out.given(weights, rows)));
        }
        if (penalty.l1() > 0) {
            double[] signs = new double[weights.length];
            for (int k = 0; k < signs.length; k++) {
                signs[k] = Math.signum(weights[k]);
            }
            formula += " + \\lambda_{1} \\mathrm{sign}\\left( " + a + " \\right)";
            em += 7;
            terms.add(Piece.of("+ " + value(penalty.l1()), 3).then(out.given(signs, rows)));
        }
        out.add(Phase.SUM, l, "Weight gradient of layer " + l + " with the penalty", Piece.of(gradientOf(a), 5.5), "=",
                Piece.of(formula, em), terms, out.matrix(trace.gradient().dA(l), l),
                (terms.size() + 1) * arch.size(l - 1));
    }

    /** The new A_l then b_l of every layer, as the optimiser makes them. */
    void update() {
        for (int l = 1; l <= arch.depth(); l++) {
            String a = matrixName(l);
            String b = vec("b", l);
            update(new Tensor(l, true, a, penalty.isSet() ? gradientOf(a) : partial(a), trace.before().weights(l),
                    trace.updated().weights(l), trace.gradient().dA(l), arch.size(l), arch.size(l - 1)));
            update(new Tensor(l, false, b, partial(b), trace.before().biases(l), trace.updated().biases(l),
                    trace.gradient().db(l), arch.size(l), 1));
        }
    }

    private void update(Tensor t) {
        switch (rule.kind()) {
            case DESCENT -> descent(t);
            case MOMENTUM -> momentum(t);
            case ADAM -> adam(t);
            case OTHER -> change(t);
        }
    }

    /** The chapter's: A_l -> A_l - alpha dRSS/dA_l; beyond the chapter its numbers may break between their terms. */
    private void descent(Tensor t) {
        if (!chapters) {
            assign(t, "New " + t.what(), t.name(), Piece.of(t.name() + " - \\alpha " + t.gradient(), 5),
                    List.of(out.given(t.before(), t.rows()), minusAlpha().then(out.computed(t.g(), t.rows()))),
                    out.given(t.after(), t.rows()));
            return;
        }
        out.add(Phase.UPDATE, t.layer(), WorkedExampleStep.NO_POINT, "New " + t.what(), Piece.of(t.name(), 1.5),
                WorkedExampleStep.ASSIGNMENT, Piece.of(t.name() + " - \\alpha " + t.gradient(), 5),
                out.given(t.before(), t.rows()).then(minusAlpha()).then(out.computed(t.g(), t.rows())),
                out.given(t.after(), t.rows()), 3 * t.columns());
    }

    /** v -> mu v + g, then w -> w - alpha v. */
    private void momentum(Tensor t) {
        String v = t.memory("v");
        double[] after = t.of(rule.after("velocity"));
        assign(t, "Velocity of the " + t.what(), v, Piece.of("\\mu " + v + " + " + t.gradient(), 6),
                List.of(Piece.of(value(rule.setting(Momentum.MU)), 1.5).then(out.computed(t.of(rule.before("velocity")),
                        t.rows())), Piece.of("+", 1.5).then(out.computed(t.g(), t.rows()))),
                out.computed(after, t.rows()));
        assign(t, "New " + t.what(), t.name(), Piece.of(t.name() + " - \\alpha " + v, 4),
                List.of(out.given(t.before(), t.rows()), minusAlpha().then(out.computed(after, t.rows()))),
                out.given(t.after(), t.rows()));
    }

    /** The two moments, their bias correction at this t, then the step alpha mhat / (sqrt(vhat) + epsilon). */
    private void adam(Tensor t) {
        double beta1 = rule.setting(Adam.BETA1);
        double beta2 = rule.setting(Adam.BETA2);
        double epsilon = rule.setting(Adam.EPSILON);
        long step = rule.step();
        double[] m = t.of(rule.after("m"));
        double[] v = t.of(rule.after("v"));
        moment(t, "m", "\\beta_{1}", beta1, "", t.of(rule.before("m")), m);
        moment(t, "v", "\\beta_{2}", beta2, "^{2}", t.of(rule.before("v")), v);
        double[] mHat = corrected(t, "m", "\\beta_{1}", beta1, step, m);
        double[] vHat = corrected(t, "v", "\\beta_{2}", beta2, step, v);
        double[] ratio = new double[m.length];
        for (int k = 0; k < ratio.length; k++) {
            ratio[k] = mHat[k] / (Math.sqrt(vHat[k]) + epsilon);
        }
        assign(t, "New " + t.what(), t.name(),
                Piece.of(t.name() + " - \\alpha \\frac{" + t.hat("m") + "}{\\sqrt{" + t.hat("v") + "} + \\epsilon}", 6),
                List.of(out.given(t.before(), t.rows()), minusAlpha().then(out.computed(ratio, t.rows()))),
                out.given(t.after(), t.rows()));
    }

    /** m -> beta1 m + (1 - beta1) g, or v with g squared entry by entry. */
    private void moment(Tensor t, String letter, String beta, double value, String power, double[] before,
                        double[] after) {
        String name = t.memory(letter);
        String g = power.isEmpty() ? t.gradient() : "\\left( " + t.gradient() + " \\right)" + power;
        Piece gradient = out.computed(t.g(), t.rows());
        // The second moment is a square, far below 1 where the gradient is: it gets the decimals to show it.
        double largest = power.isEmpty() ? 1 : Math.max(largest(before), largest(after));
        assign(t, (letter.equals("m") ? "First" : "Second") + " moment of the " + t.what(), name,
                Piece.of(beta + " " + name + " + \\left( 1 - " + beta + " \\right) " + g, 9),
                List.of(Piece.of(value(value), 2).then(out.small(before, t.rows(), largest)),
                        Piece.of("+ \\left( 1 - " + value(value) + " \\right)", 5)
                                .then(Piece.of(gradient.tex() + power, gradient.em() + power.length() * 0.2))),
                out.small(after, t.rows(), largest));
    }

    /** mhat = m / (1 - beta1^t): the moment divided by the bias correction. */
    private double[] corrected(Tensor t, String letter, String beta, double value, long step, double[] moment) {
        double correction = 1 - Math.pow(value, step);
        double[] hat = new double[moment.length];
        for (int k = 0; k < hat.length; k++) {
            hat[k] = moment[k] / correction;
        }
        out.add(Phase.UPDATE, t.layer(), WorkedExampleStep.NO_POINT, "Bias-corrected " + letter + " of the " + t.what(),
                Piece.of(t.hat(letter), 1.5),
                Piece.of("\\frac{" + t.memory(letter) + "}{1 - " + beta + "^{t}}", 4),
                Piece.of("\\frac{1}{1 - " + value(value) + "^{" + step + "}}", 4)
                        .then(letter.equals("v") ? out.small(moment, t.rows(), largest(moment)) : out.computed(moment, t.rows())),
                out.computed(hat, t.rows()), 2 * t.columns());
        return hat;
    }

    /** A rule the worked example does not know: the change it made, from the weights before and after. */
    private void change(Tensor t) {
        assign(t, "New " + t.what(), t.name(), Piece.of(t.name() + " + \\Delta " + t.name(), 4),
                List.of(out.given(t.before(), t.rows()), Piece.of("+", 1.5).then(out.computed(t.of(rule.change()), t.rows()))),
                out.given(t.after(), t.rows()));
    }

    /** {@code name -> formula = terms = result}: an update of t's weights or of the optimiser's memory of them. */
    private void assign(Tensor t, String caption, String name, Piece formula, List<Piece> terms, Piece result) {
        out.add(Phase.UPDATE, t.layer(), caption, Piece.of(name, 1.5), WorkedExampleStep.ASSIGNMENT, formula, terms,
                result, 3 * t.columns());
    }

    private static double largest(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private Piece minusAlpha() {
        String alpha = out.numbers().rate(trace.learningRate());
        return Piece.of("- " + alpha, alpha.length() * 0.5 + 1.5);
    }

    /** A setting in a formula: as the rate is written, a tiny power of ten as one. */
    private String value(double v) {
        String tex = Notation.TEX.number(v);
        return tex.startsWith("10^") ? tex : out.numbers().rate(v);
    }

    /** {@code \sum_{(\vec{x}, y)} \left. d/d(of) \right|_{(\vec{x}, y)}}, over B for a batch. */
    private String sum(String of) {
        return "\\sum_{" + over + "} " + at(partial(of), point);
    }

    /** {@code \frac{\partial (\mathrm{RSS} + P)}{\partial of}}: the gradient of the penalised loss. */
    static String gradientOf(String of) {
        return "\\frac{\\partial \\left( \\mathrm{RSS} + P \\right)}{\\partial " + of + "}";
    }
}
