package studio.backprop.engine;

import java.util.Map;

/**
 * Gradient descent with momentum: v <- mu v + g, w <- w - alpha v, the velocity v starting at 0. In
 * this form the learning rate multiplies the whole velocity, so a rate changed mid-run acts at once.
 */
public final class Momentum implements Optimizer {
    public static final String MU = "mu";
    public static final OptimizerKind KIND = new OptimizerKind("momentum", "Momentum", Map.of(MU, 0.9),
            new OptimizerKind.Factory() {
                @Override
                public Optimizer create(Architecture architecture, Map<String, Double> settings) {
                    return new Momentum(architecture, settings.get(MU));
                }

                @Override
                public void check(Map<String, Double> settings) {
                    requireFraction(MU, settings.get(MU));
                }
            });
    private final Architecture architecture;
    private final double mu;
    private final KeptArrays velocity;
    private final WeightArrays change;
    private double lastRate;

    public Momentum(Architecture architecture, double mu) {
        this(architecture, mu, new KeptArrays(architecture), WeightArrays.zeros(architecture), 0);
    }

    private Momentum(Architecture architecture, double mu, KeptArrays velocity, WeightArrays change,
                     double lastRate) {
        this.architecture = architecture;
        this.mu = requireFraction(MU, mu);
        this.velocity = velocity;
        this.change = change;
        this.lastRate = lastRate;
    }

    /** The one check of mu and the betas: 0 <= value < 1. */
    static double requireFraction(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1), got " + value);
        }
        return value;
    }

    @Override
    public String id() {
        return KIND.id();
    }

    @Override
    public boolean update(WeightArrays now, WeightArrays gradient, double learningRate, WeightArrays next) {
        lastRate = learningRate;
        boolean finite = true;
        WeightArrays v = velocity.now;
        WeightArrays vNext = velocity.next;
        for (int l = 1; l < now.a().length; l++) {
            finite &= step(now.a()[l], gradient.a()[l], v.a()[l], vNext.a()[l], learningRate, next.a()[l]);
            finite &= step(now.b()[l], gradient.b()[l], v.b()[l], vNext.b()[l], learningRate, next.b()[l]);
        }
        return finite;
    }

    /** v' = mu v + g, to = w - alpha v'. */
    private boolean step(double[] w, double[] g, double[] v, double[] vTo, double alpha, double[] to) {
        boolean finite = true;
        for (int k = 0; k < w.length; k++) {
            double velocityNext = mu * v[k] + g[k];
            vTo[k] = velocityNext;
            double value = w[k] - alpha * velocityNext;
            to[k] = value;
            finite &= Double.isFinite(value);
        }
        return finite;
    }

    @Override
    public void advance() {
        velocity.advance();
    }

    @Override
    public void undo() {
        velocity.undo();
    }

    /** -alpha v of the kept velocity: w - alpha v is w + (-alpha v) exactly, so this is the change to the bit. */
    @Override
    public WeightArrays lastChange() {
        WeightArrays v = velocity.now;
        for (int l = 1; l <= change.depth(); l++) {
            negatedTimes(lastRate, v.a()[l], change.a()[l]);
            negatedTimes(lastRate, v.b()[l], change.b()[l]);
        }
        return change;
    }

    static void negatedTimes(double alpha, double[] values, double[] into) {
        for (int k = 0; k < values.length; k++) {
            into[k] = -(alpha * values[k]);
        }
    }

    @Override
    public Optimizer copy() {
        return new Momentum(architecture, mu, velocity.copy(), change.copy(), lastRate);
    }

    @Override
    public Map<String, Double> settings() {
        return Map.of(MU, mu);
    }

    @Override
    public OptimizerMemory memory() {
        return new OptimizerMemory(0, Map.of("velocity", velocity.now));
    }

    @Override
    public void restore(OptimizerMemory memory) {
        velocity.restore(memory.array("velocity", architecture));
    }
}
