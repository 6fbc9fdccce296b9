package studio.backprop.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import studio.backprop.engine.Adam;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Momentum;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.WeightArrays;

/**
 * The update of one traced iteration as the teaching texts describe it: which rule with which settings,
 * what it remembered before and after, the penalty and the points summed. The documents, the panel and
 * the command line word it each in their own {@link Notation}.
 */
public final class UpdateRule {
    /** The rules the worked example writes out; any other is shown by the change it made. */
    public enum Kind { DESCENT, MOMENTUM, ADAM, OTHER }

    private final IterationTrace trace;
    private final Kind kind;

    private UpdateRule(IterationTrace trace) {
        this.trace = trace;
        String id = trace.optimizer().id();
        this.kind = id.equals("gd") || id.equals("sgd") ? Kind.DESCENT
                : id.equals(Momentum.KIND.id()) ? Kind.MOMENTUM
                : id.equals(Adam.KIND.id()) ? Kind.ADAM : Kind.OTHER;
    }

    public static UpdateRule of(IterationTrace trace) {
        return new UpdateRule(trace);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * True for the chapter's update, which every text writes exactly as it always has: gradient descent on every
     * point of data of {@code dataSize} points (0: not known), no penalty. The trace alone cannot tell a batch of
     * the first points from the whole data; the data's size can.
     */
    public static boolean isChapters(IterationTrace trace, int dataSize) {
        return trace.isChapters() && (dataSize == StepOptions.UNKNOWN_SIZE || trace.batch().size() == dataSize);
    }

    /** The data's size as given, or the trace's own where it was not known. */
    public static int size(IterationTrace trace, int dataSize) {
        return dataSize == StepOptions.UNKNOWN_SIZE ? trace.dataSize() : dataSize;
    }

    public Penalty penalty() {
        return trace.penalty();
    }

    /** A setting by the engine's name ({@link Momentum#MU}, {@link Adam#BETA1}, ...). */
    public double setting(String name) {
        Double value = trace.optimizer().settings().get(name);
        if (value == null) {
            throw new IllegalArgumentException(trace.optimizer().id() + " has no setting " + name);
        }
        return value;
    }

    /** Adam's t of this update, counting from 1. */
    public long step() {
        return trace.optimizerAfter().memory().updates();
    }

    /** The optimiser's array {@code name} ("velocity", "m", "v") as the update found it. */
    public WeightArrays before(String name) {
        return array(trace.optimizer().memory(), name);
    }

    /** The optimiser's array {@code name} as the update left it. */
    public WeightArrays after(String name) {
        return array(trace.optimizerAfter().memory(), name);
    }

    private WeightArrays array(OptimizerMemory memory, String name) {
        return memory.array(name, trace.before().architecture());
    }

    /** The points' dRSS/dA_l summed, in the batch's order: the trace's gradient less the penalty's. */
    public double[] rssSum(int l) {
        double[] sum = new double[trace.gradient().dA(l).length];
        for (IterationTrace.PointTrace point : trace.points()) {
            double[] share = point.layer(l).dRssDa();
            for (int k = 0; k < sum.length; k++) {
                sum[k] += share[k];
            }
        }
        return sum;
    }

    /** The penalty's gradient on A_l at the weights the update starts from: 2 lambda2 a + lambda1 sign(a). */
    public double[] penaltyGradient(int l) {
        double[] a = trace.before().weights(l);
        double[] g = new double[a.length];
        for (int k = 0; k < g.length; k++) {
            g[k] = 2 * trace.penalty().l2() * a[k] + trace.penalty().l1() * Math.signum(a[k]);
        }
        return g;
    }

    /** The change the update made to every weight and bias: the weights after it less those before. */
    public WeightArrays change() {
        Architecture arch = trace.before().architecture();
        WeightArrays change = WeightArrays.zeros(arch);
        for (int l = 1; l <= arch.depth(); l++) {
            subtract(trace.updated().weights(l), trace.before().weights(l), change.a()[l]);
            subtract(trace.updated().biases(l), trace.before().biases(l), change.b()[l]);
        }
        return change;
    }

    private static void subtract(double[] after, double[] before, double[] into) {
        for (int k = 0; k < into.length; k++) {
            into[k] = after[k] - before[k];
        }
    }

    /** "gradient descent", "momentum", "Adam", or the optimiser's id. */
    public String name() {
        return switch (kind) {
            case DESCENT -> trace.optimizer().id().equals("sgd") ? "stochastic gradient descent" : "gradient descent";
            case MOMENTUM -> "momentum";
            case ADAM -> "Adam";
            case OTHER -> trace.optimizer().id();
        };
    }

    /** The optimiser's settings, "mu = 0.9", empty for gradient descent. */
    public String settings(Notation notation) {
        List<String> names = switch (kind) {
            case MOMENTUM -> List.of(Momentum.MU);
            case ADAM -> List.of(Adam.BETA1, Adam.BETA2, Adam.EPSILON);
            default -> List.of();
        };
        return String.join(", ", names.stream().map(n -> notation.setting(n, setting(n))).toList());
    }

    /** "lambda2 = 0.001, lambda1 = 0.0001": the lambdas set, empty without a penalty. */
    public String penaltySettings(Notation notation) {
        Penalty p = trace.penalty();
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, Double> lambda : List.of(Map.entry("l2", p.l2()), Map.entry("l1", p.l1()))) {
            if (lambda.getValue() > 0) {
                set.add(notation.setting(lambda.getKey(), lambda.getValue()));
            }
        }
        return String.join(", ", set);
    }

    /** True when the update sums every point of data of {@code dataSize} points (0: not known, so never). */
    public boolean isWholeBatch(int dataSize) {
        return dataSize > 0 && trace.batch().size() == dataSize
                && trace.batch().stream().distinct().count() == dataSize;
    }

    /**
     * The points summed, numbered from 1 as a class counts, in ascending order (a sum's order changes nothing
     * a class can see) and runs shortened: "all 5 points", "points 2, 5 of 5", "points 1-40" (the data's size
     * not known).
     */
    public String batch(int dataSize, Notation notation) {
        if (isWholeBatch(dataSize)) {
            return "all " + dataSize + " points";
        }
        List<Integer> batch = trace.batch().stream().sorted().toList();
        String points = (batch.size() == 1 ? "point " : "points ") + numbers(batch, notation.dash());
        return dataSize > 0 ? points + " of " + dataSize : points;
    }

    /** "2, 5, 7-9": consecutive runs of three or more by their ends. */
    static String numbers(List<Integer> fromZero, String dash) {
        List<String> parts = new ArrayList<>();
        int k = 0;
        while (k < fromZero.size()) {
            int end = k;
            while (end + 1 < fromZero.size() && fromZero.get(end + 1) == fromZero.get(end) + 1) {
                end++;
            }
            if (end - k >= 2) {
                parts.add((fromZero.get(k) + 1) + dash + (fromZero.get(end) + 1));
            } else {
                for (int i = k; i <= end; i++) {
                    parts.add(Integer.toString(fromZero.get(i) + 1));
                }
            }
            k = end + 1;
        }
        return String.join(", ", parts);
    }
}
