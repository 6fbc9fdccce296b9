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
    private final WeightArrays change;

    public GradientDescent(Architecture architecture) {
        change = WeightArrays.zeros(architecture);
    }

    private GradientDescent(WeightArrays change) {
        this.change = change;
    }

    @Override
    public String id() {
        return "gd";
    }

    @Override
    public boolean update(WeightArrays now, WeightArrays gradient, double learningRate, WeightArrays next) {
        boolean finite = true;
        for (int l = 1; l < now.a().length; l++) {
            finite &= descend(now.a()[l], gradient.a()[l], learningRate, next.a()[l], change.a()[l]);
            finite &= descend(now.b()[l], gradient.b()[l], learningRate, next.b()[l], change.b()[l]);
        }
        return finite;
    }

    /** to = w - alpha g, written as w + (-alpha g), which is the same number, so the step can be kept. */
    private static boolean descend(double[] w, double[] g, double alpha, double[] to, double[] step) {
        boolean finite = true;
        for (int k = 0; k < w.length; k++) {
            double d = -(alpha * g[k]);
            double v = w[k] + d;
            step[k] = d;
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

    @Override
    public WeightArrays lastChange() {
        return change;
    }

    @Override
    public Optimizer copy() {
        return new GradientDescent(change.copy());
    }
}
