package studio.backprop.engine;

import java.util.Map;

/**
 * The chapter's update: A_l -= alpha dRSS/dA_l, b_l -= alpha dRSS/db_l for every layer, the output
 * layer included. It has no memory, so {@link #advance} and {@link #undo} have nothing to do.
 */
public final class GradientDescent implements Optimizer {
    /** The chapter's update, with no settings of its own. */
    public static final OptimizerKind KIND = new OptimizerKind("gd", "Gradient descent (the chapter's)", Map.of(),
            (architecture, settings) -> new GradientDescent(architecture));
    /**
     * The same update on batches of the points: the batch size is a training option, so that it combines
     * with every optimiser; this kind names the combination a class asks for by name.
     */
    public static final OptimizerKind STOCHASTIC = new OptimizerKind("sgd", "Stochastic gradient descent",
            Map.of(), (architecture, settings) -> new GradientDescent(architecture, "sgd"));
    private final String id;
    private final WeightArrays change;
    /** The gradient and rate of the last update, from which {@link #lastChange()} is worked out when asked. */
    private WeightArrays lastGradient;
    private double lastRate;

    public GradientDescent(Architecture architecture) {
        this(architecture, KIND.id());
    }

    private GradientDescent(Architecture architecture, String id) {
        this(WeightArrays.zeros(architecture), id);
    }

    private GradientDescent(WeightArrays change, String id) {
        this.change = change;
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean update(WeightArrays now, WeightArrays gradient, double learningRate, WeightArrays next) {
        lastGradient = gradient;
        lastRate = learningRate;
        boolean finite = true;
        for (int l = 1; l < now.a().length; l++) {
            finite &= descend(now.a()[l], gradient.a()[l], learningRate, next.a()[l]);
            finite &= descend(now.b()[l], gradient.b()[l], learningRate, next.b()[l]);
        }
        return finite;
    }

    /** to = w - alpha g. */
    private static boolean descend(double[] w, double[] g, double alpha, double[] to) {
        boolean finite = true;
        for (int k = 0; k < w.length; k++) {
            double v = w[k] - alpha * g[k];
            to[k] = v;
            finite &= Double.isFinite(v);
        }
        return finite;
    }

    @Override
    public void advance() {
    }

    @Override
    public void undo() {
    }

    /**
     * -alpha g of the last update, worked out now rather than stored by every update: the gradient is the
     * trainer's, which holds it until the next update. w - alpha g is w + (-alpha g) exactly, so this is
     * the change applied, to the bit.
     */
    @Override
    public WeightArrays lastChange() {
        if (lastGradient != null) {
            changeInto(change);
        }
        return change;
    }

    private void changeInto(WeightArrays into) {
        for (int l = 1; l <= into.depth(); l++) {
            negatedTimes(lastRate, lastGradient.a()[l], into.a()[l]);
            negatedTimes(lastRate, lastGradient.b()[l], into.b()[l]);
        }
    }

    private static void negatedTimes(double alpha, double[] g, double[] into) {
        for (int k = 0; k < g.length; k++) {
            into[k] = -(alpha * g[k]);
        }
    }

    /** It has no memory: a copy is a fresh one, whose last change is this one's (this one is left as it is). */
    @Override
    public Optimizer copy() {
        WeightArrays copied = change.copy();
        if (lastGradient != null) {
            changeInto(copied);
        }
        return new GradientDescent(copied, id);
    }
}
