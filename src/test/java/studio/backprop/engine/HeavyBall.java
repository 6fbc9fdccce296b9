package studio.backprop.engine;

import java.util.Map;

/**
 * A test optimiser with a memory: v <- v / 2 + g, w <- w - alpha v. Its velocity is kept in three
 * versions, as the trainer keeps the weights, so that an undone update takes its velocity back too.
 * Training that goes on with its velocity lost takes another path, so tests can tell whether it was kept.
 */
public final class HeavyBall implements Optimizer {
    /** For experiments that train with it. */
    public static final OptimizerSpec SPEC = new OptimizerSpec(new OptimizerKind("heavy-ball",
            "Heavy ball (a test's)", Map.of(), (architecture, settings) -> new HeavyBall(architecture)), Map.of());

    private WeightArrays velocity;
    private WeightArrays lastVelocity;
    private WeightArrays nextVelocity;
    private final WeightArrays change;

    HeavyBall(Architecture architecture) {
        this(WeightArrays.zeros(architecture), WeightArrays.zeros(architecture), WeightArrays.zeros(architecture));
    }

    private HeavyBall(WeightArrays velocity, WeightArrays lastVelocity, WeightArrays change) {
        this.velocity = velocity;
        this.lastVelocity = lastVelocity;
        this.nextVelocity = velocity.copy();
        this.change = change;
    }

    @Override
    public String id() {
        return "heavy-ball";
    }

    @Override
    public boolean update(WeightArrays now, WeightArrays gradient, double learningRate, WeightArrays next) {
        boolean finite = true;
        for (int l = 1; l <= now.depth(); l++) {
            finite &= step(now.a()[l], gradient.a()[l], velocity.a()[l], learningRate, next.a()[l],
                    nextVelocity.a()[l], change.a()[l]);
            finite &= step(now.b()[l], gradient.b()[l], velocity.b()[l], learningRate, next.b()[l],
                    nextVelocity.b()[l], change.b()[l]);
        }
        return finite;
    }

    private static boolean step(double[] w, double[] g, double[] v, double alpha, double[] to, double[] vTo,
                                double[] change) {
        boolean finite = true;
        for (int k = 0; k < w.length; k++) {
            vTo[k] = v[k] / 2 + g[k];
            change[k] = -(alpha * vTo[k]);
            to[k] = w[k] + change[k];
            finite &= Double.isFinite(to[k]);
        }
        return finite;
    }

    @Override
    public void advance() {
        WeightArrays spare = lastVelocity;
        lastVelocity = velocity;
        velocity = nextVelocity;
        nextVelocity = spare;
    }

    @Override
    public void undo() {
        WeightArrays undone = velocity;
        velocity = lastVelocity;
        lastVelocity = undone;
    }

    @Override
    public WeightArrays lastChange() {
        return change;
    }

    @Override
    public Optimizer copy() {
        return new HeavyBall(velocity.copy(), lastVelocity.copy(), change.copy());
    }

    /** The velocity the next update starts from, as a network-shaped value for comparisons. */
    Network velocity(Architecture architecture) {
        return Network.fromLayerArrays(architecture, velocity.a(), velocity.b());
    }
}
