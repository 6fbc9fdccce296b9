package studio.backprop.engine;

import java.util.Map;

/**
 * Adam: m <- beta1 m + (1 - beta1) g, v <- beta2 v + (1 - beta2) g^2, then with t counting updates from 1
 * the bias-corrected mhat = m / (1 - beta1^t) and vhat = v / (1 - beta2^t), and
 * w <- w - alpha mhat / (sqrt(vhat) + epsilon). The correction divides: the first update moves every
 * weight with a non-zero gradient by almost exactly alpha.
 */
public final class Adam implements Optimizer {
    public static final String BETA1 = "beta1";
    public static final String BETA2 = "beta2";
    public static final String EPSILON = "epsilon";
    public static final OptimizerKind KIND = new OptimizerKind("adam", "Adam",
            Map.of(BETA1, 0.9, BETA2, 0.999, EPSILON, 1e-8), new OptimizerKind.Factory() {
                @Override
                public Optimizer create(Architecture architecture, Map<String, Double> settings) {
                    return new Adam(architecture, settings.get(BETA1), settings.get(BETA2), settings.get(EPSILON));
                }

                @Override
                public void check(Map<String, Double> settings) {
                    requireSettings(settings.get(BETA1), settings.get(BETA2), settings.get(EPSILON));
                }
            });
    private final Architecture architecture;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final BiasCorrection firstCorrection;
    private final BiasCorrection secondCorrection;
    private final KeptArrays m;
    private final KeptArrays v;
    /** Updates kept so far, and before the last one (for an undo). */
    private long t;
    private long lastT;
    /** The change the last update wrote. */
    private final WeightArrays change;

    public Adam(Architecture architecture, double beta1, double beta2, double epsilon) {
        this(architecture, beta1, beta2, epsilon, new BiasCorrection(beta1), new BiasCorrection(beta2),
                new KeptArrays(architecture), new KeptArrays(architecture), 0, 0, WeightArrays.zeros(architecture));
    }

    private Adam(Architecture architecture, double beta1, double beta2, double epsilon,
                 BiasCorrection firstCorrection, BiasCorrection secondCorrection, KeptArrays m, KeptArrays v, long t,
                 long lastT, WeightArrays change) {
        requireSettings(beta1, beta2, epsilon);
        this.architecture = architecture;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.firstCorrection = firstCorrection;
        this.secondCorrection = secondCorrection;
        this.m = m;
        this.v = v;
        this.t = t;
        this.lastT = lastT;
        this.change = change;
    }

    private static void requireSettings(double beta1, double beta2, double epsilon) {
        Momentum.requireFraction(BETA1, beta1);
        Momentum.requireFraction(BETA2, beta2);
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException(EPSILON + " must be a positive number, got " + epsilon);
        }
    }

    @Override
    public String id() {
        return KIND.id();
    }

    @Override
    public boolean update(WeightArrays now, WeightArrays gradient, double learningRate, WeightArrays next) {
        long step = t + 1;
        // Reciprocals, so the per-weight loop multiplies where the formula divides (a division costs several).
        double correction1 = firstCorrection.at(step);
        double correction2 = secondCorrection.at(step);
        boolean finite = true;
        for (int l = 1; l < now.a().length; l++) {
            finite &= step(now.a()[l], gradient.a()[l], m.now.a()[l], v.now.a()[l], m.next.a()[l], v.next.a()[l],
                    learningRate, correction1, correction2, change.a()[l], next.a()[l]);
            finite &= step(now.b()[l], gradient.b()[l], m.now.b()[l], v.now.b()[l], m.next.b()[l], v.next.b()[l],
                    learningRate, correction1, correction2, change.b()[l], next.b()[l]);
        }
        return finite;
    }

    private boolean step(double[] w, double[] g, double[] mNow, double[] vNow, double[] mTo, double[] vTo,
                         double alpha, double correction1, double correction2, double[] changeTo, double[] to) {
        boolean finite = true;
        for (int k = 0; k < w.length; k++) {
            double gk = g[k];
            double mk = beta1 * mNow[k] + (1 - beta1) * gk;
            double vk = beta2 * vNow[k] + (1 - beta2) * gk * gk;
            mTo[k] = mk;
            vTo[k] = vk;
            double delta = -(alpha * (mk * correction1) / (Math.sqrt(vk * correction2) + epsilon));
            changeTo[k] = delta;
            double value = w[k] + delta;
            to[k] = value;
            finite &= Double.isFinite(value);
        }
        return finite;
    }

    @Override
    public void advance() {
        m.advance();
        v.advance();
        lastT = t;
        t++;
    }

    @Override
    public void undo() {
        m.undo();
        v.undo();
        t = lastT;
    }

    @Override
    public WeightArrays lastChange() {
        return change;
    }

    @Override
    public Optimizer copy() {
        return new Adam(architecture, beta1, beta2, epsilon, firstCorrection, secondCorrection, m.copy(), v.copy(), t,
                lastT, change.copy());
    }

    @Override
    public Map<String, Double> settings() {
        return Map.of(BETA1, beta1, BETA2, beta2, EPSILON, epsilon);
    }

    @Override
    public OptimizerMemory memory() {
        return new OptimizerMemory(t, Map.of("m", m.now, "v", v.now));
    }

    @Override
    public void restore(OptimizerMemory memory) {
        WeightArrays first = memory.array("m", architecture);
        WeightArrays second = memory.array("v", architecture);
        for (int l = 1; l <= second.depth(); l++) {
            for (double[] values : new double[][] {second.a()[l], second.b()[l]}) {
                for (double value : values) {
                    if (value < 0) {
                        throw new IllegalArgumentException("Adam's \"v\" holds " + value
                                + ": a mean of squares is 0 or more");
                    }
                }
            }
        }
        m.restore(first);
        v.restore(second);
        t = memory.updates();
        lastT = t;
    }
}
