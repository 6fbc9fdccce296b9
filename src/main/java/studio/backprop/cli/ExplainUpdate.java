package studio.backprop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import studio.backprop.engine.Adam;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Momentum;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.WeightArrays;
import studio.backprop.teaching.Notation;
import studio.backprop.teaching.UpdateRule;

/**
 * {@code explain}'s sums and update for an update other than the chapter's: the batch summed, the penalty's
 * gradient on the weights, and the optimiser's formula with its numbers (velocity; moments and their bias
 * correction), each array before and after as the chapter sets A_l beside b_l.
 */
final class ExplainUpdate {
    private static final String DETAIL = "    ";
    /** Adam's second moments are squares of gradients, far below 1: they get this many more decimals. */
    private static final int SQUARES = 4;

    private final IterationTrace trace;
    private final TextFormat format;
    private final Architecture arch;
    private final UpdateRule rule;
    private final Penalty penalty;
    private final String alpha;
    private final int dataSize;
    private final List<String> lines = new ArrayList<>();

    ExplainUpdate(IterationTrace trace, TextFormat format, int dataSize) {
        this.trace = trace;
        this.format = format;
        this.arch = trace.before().architecture();
        this.rule = UpdateRule.of(trace);
        this.penalty = trace.penalty();
        this.alpha = TextFormat.plain(trace.learningRate());
        this.dataSize = dataSize;
    }

    /** "momentum (mu = 0.9)", "gradient descent". */
    String name() {
        String settings = rule.settings(Notation.ASCII);
        return rule.name() + (settings.isEmpty() ? "" : " (" + settings + ")");
    }

    /** "batch: points 2, 5 of 5" or "5 points", then the penalty when one is set. */
    String points() {
        String points = rule.isWholeBatch(dataSize) ? trace.points().size() + " points"
                : "batch: " + rule.batch(dataSize, Notation.ASCII);
        return penalty.isSet() ? points + ", penalty " + rule.penaltySettings(Notation.ASCII) : points;
    }

    /** The sums of dRSS over the batch, then the penalty's gradient and the sum the update uses. */
    List<String> summed() {
        lines.clear();
        lines.add(rule.isWholeBatch(dataSize) ? "Summed over the points" : "Summed over the batch");
        for (int l = arch.depth(); l >= 1; l--) {
            add(TextFormat.beside(format.column("dRSS/db_" + l, trace.gradient().db(l)),
                    format.matrix("dRSS/dA_" + l, penalty.isSet() ? rule.rssSum(l) : trace.gradient().dA(l), arch.size(l))));
        }
        if (penalty.isSet()) {
            List<String> terms = new ArrayList<>();
            if (penalty.l2() > 0) {
                terms.add("2 * " + TextFormat.plain(penalty.l2()) + " A_l");
            }
            if (penalty.l1() > 0) {
                terms.add(TextFormat.plain(penalty.l1()) + " sign(A_l)");
            }
            lines.add("Penalty's gradient, on the weights only: dP/dA_l = " + String.join(" + ", terms)
                    + "; the update uses dL/dA_l = dRSS/dA_l + dP/dA_l (L = RSS + P)");
            for (int l = arch.depth(); l >= 1; l--) {
                add(TextFormat.beside(format.matrix("dP/dA_" + l, rule.penaltyGradient(l), arch.size(l)),
                        format.matrix("dL/dA_" + l, trace.gradient().dA(l), arch.size(l))));
            }
        }
        return List.copyOf(lines);
    }

    /** The optimiser's formula, its memory before and after with the numbers it computes, then the weights. */
    List<String> update() {
        lines.clear();
        String gA = penalty.isSet() ? "dL/dA_l" : "dRSS/dA_l";
        switch (rule.kind()) {
            case DESCENT -> lines.add("Updated weights: A_l -> A_l - " + alpha + " " + gA + ", b_l -> b_l - " + alpha
                    + " dRSS/db_l");
            case MOMENTUM -> momentum(gA);
            case ADAM -> adam(gA);
            case OTHER -> {
                lines.add("The change " + rule.name() + " made: A_l -> A_l + dA_l, b_l -> b_l + db_l");
                add(arrays(rule.change(), "dA_", "db_", format));
                lines.add("Updated weights");
            }
        }
        add(format.weights(trace.updated()));
        return List.copyOf(lines);
    }

    private void momentum(String gA) {
        String mu = Notation.ASCII.number(rule.setting(Momentum.MU));
        lines.add("Velocity before this update (V_l of A_l, v_l of b_l)");
        add(arrays(rule.before("velocity"), "V_", "v_", format));
        lines.add("Velocity: V_l -> " + mu + " V_l + " + gA + ", v_l -> " + mu + " v_l + dRSS/db_l");
        add(arrays(rule.after("velocity"), "V_", "v_", format));
        lines.add("Updated weights: A_l -> A_l - " + alpha + " V_l, b_l -> b_l - " + alpha + " v_l");
    }

    private void adam(String gA) {
        String beta1 = Notation.ASCII.number(rule.setting(Adam.BETA1));
        String beta2 = Notation.ASCII.number(rule.setting(Adam.BETA2));
        String epsilon = Notation.ASCII.number(rule.setting(Adam.EPSILON));
        long t = rule.step();
        TextFormat fine = new TextFormat(ExplainText.DIGITS + SQUARES);
        lines.add("Moments before this update, after " + (t - 1) + (t == 2 ? " update" : " updates")
                + " (M_l, V_l of A_l; m_l, v_l of b_l)");
        add(arrays(rule.before("m"), "M_", "m_", format));
        add(arrays(rule.before("v"), "V_", "v_", fine));
        lines.add("First moment: M_l -> " + beta1 + " M_l + (1 - " + beta1 + ") " + gA + ", m_l likewise with dRSS/db_l");
        add(arrays(rule.after("m"), "M_", "m_", format));
        lines.add("Second moment: V_l -> " + beta2 + " V_l + (1 - " + beta2 + ") (" + gA + ")^2, v_l likewise"
                + " (squared entry by entry)");
        add(arrays(rule.after("v"), "V_", "v_", fine));
        double first = 1 - Math.pow(rule.setting(Adam.BETA1), t);
        double second = 1 - Math.pow(rule.setting(Adam.BETA2), t);
        lines.add("Bias correction at t = " + t + ": Mhat_l = M_l / (1 - " + beta1 + "^" + t + "), Vhat_l = V_l / (1 - "
                + beta2 + "^" + t + "), likewise mhat_l, vhat_l");
        add(arrays(divided(rule.after("m"), first), "Mhat_", "mhat_", format));
        add(arrays(divided(rule.after("v"), second), "Vhat_", "vhat_", format));
        lines.add("Step: A_l -> A_l - " + alpha + " Mhat_l / (sqrt(Vhat_l) + " + epsilon + "), b_l likewise;"
                + " the change made:");
        add(arrays(rule.change(), "dA_", "db_", format));
        lines.add("Updated weights");
    }

    /** Each array's A-shaped and b-shaped parts beside each other, layer by layer. */
    private List<String> arrays(WeightArrays arrays, String a, String b, TextFormat numbers) {
        List<String> block = new ArrayList<>();
        for (int l = 1; l <= arch.depth(); l++) {
            block.addAll(TextFormat.beside(numbers.matrix(a + l, arrays.a()[l], arch.size(l)),
                    numbers.column(b + l, arrays.b()[l])));
        }
        return block;
    }

    private WeightArrays divided(WeightArrays arrays, double by) {
        return map(arrays, values -> {
            double[] out = new double[values.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = values[k] / by;
            }
            return out;
        });
    }

    private static WeightArrays map(WeightArrays arrays, Function<double[], double[]> f) {
        WeightArrays mapped = arrays.copy();
        for (int l = 1; l <= arrays.depth(); l++) {
            mapped.a()[l] = f.apply(arrays.a()[l]);
            mapped.b()[l] = f.apply(arrays.b()[l]);
        }
        return mapped;
    }

    private void add(List<String> block) {
        lines.addAll(TextFormat.indent(DETAIL, block));
    }
}
