package studio.backprop.engine;

/**
 * Training on RSS = sum over points of (f(x) - y)^2: each iteration runs the chapter's three steps for
 * every point of a batch (by default every point: the chapter's full batch), sums the per-point
 * gradients, adds the penalty's if there is one, and then lets the {@link Optimizer} update every layer,
 * the output layer included (by default the chapter's A_l -= alpha dRSS/dA_l, b_l -= alpha dRSS/db_l).
 * Points held out never enter a gradient; their RSS is measured beside the training points'.
 *
 * <p>Owns its weights (copied in from a {@link Network}), its optimiser and its buffers;
 * {@link #iterate()} allocates nothing. Not thread-safe: one thread trains, others see copies
 * ({@link #network()}).
 */
public final class Trainer {
    // Points per pass: enough to vectorise, small enough that a tile's buffers stay in L1.
    private static final int TILE = 64;
    /** The start of the names of the threads that share an iteration's sums with the training thread. */
    public static final String HELPER_THREADS = "backprop-crew";
    private final Architecture architecture;
    private final DataSet data;
    private WeightArrays now; // the current weights
    /** The weights before the last update, kept so a divergence can undo it, and where an update writes: */
    private WeightArrays last;
    private WeightArrays next; // the three sets swap roles by reference, so nothing is ever copied
    private final WeightArrays gradient; // dRSS/dA_l and dRSS/db_l summed over the points
    private final double[][] gradA;
    private final double[][] gradB;
    private final Optimizer optimizer;
    private final TrainingOptions options;
    private final TrainingPoints points;
    private final Penalty penalty;
    private double learningRate;
    private long iteration;
    private double rssBeforeLastUpdate = Double.NaN;

    public Trainer(Network initial, DataSet data, double learningRate) {
        this(initial, data, learningRate, 0);
    }

    /** Goes on from weights reached after {@code iteration} iterations (of a saved experiment, say). */
    public Trainer(Network current, DataSet data, double learningRate, long iteration) {
        this(current, data, learningRate, iteration, new GradientDescent(current.architecture()));
    }

    /** Goes on from weights reached after {@code iteration} iterations, the optimiser in its state there. */
    public Trainer(Network current, DataSet data, double learningRate, long iteration, Optimizer optimizer) {
        this(current, data, learningRate, iteration, optimizer, TrainingOptions.CHAPTER, BatchPosition.START);
    }

    /** Goes on from there with the optimiser, the batches and the options where they stood there. */
    public Trainer(Network current, DataSet data, double learningRate, long iteration, Optimizer optimizer,
                   TrainingOptions options, BatchPosition at) {
        if (iteration < 0) {
            throw new IllegalArgumentException("the iteration count must be 0 or more, got " + iteration);
        }
        this.iteration = iteration;
        this.architecture = current.architecture();
        architecture.requireFits(data);
        setLearningRate(learningRate);
        this.data = data;
        this.optimizer = optimizer;
        this.options = options;
        this.penalty = options.penalty();
        now = WeightArrays.zeros(architecture);
        last = WeightArrays.zeros(architecture);
        next = WeightArrays.zeros(architecture);
        gradient = WeightArrays.zeros(architecture);
        gradA = gradient.a();
        gradB = gradient.b();
        current.copyInto(now.a(), now.b());
        points = new TrainingPoints(architecture.featured(data), architecture, options, at, Math.min(TILE, data.size()));
    }

    /**
     * One iteration of gradient descent.
     *
     * @return RSS of the weights before this update (the forward pass computes it for free)
     */
    public double iterate() {
        double rss = sumGradients();
        updateIntoNext();
        advance(rss);
        return rss;
    }

    /**
     * One iteration that never leaves a NaN or an infinity behind: if the loss of the current weights
     * or the update is not finite, the weights go back to the last ones whose loss was finite (those
     * before the previous update, when the current ones are already bad). After a divergence
     * {@link #gradient()} is the gradient at the weights kept.
     *
     * @return true when the iteration was applied, false when it diverged and was undone
     */
    public boolean iterateSafely() {
        double rss = sumGradients();
        if (!Double.isFinite(rss)) {
            return undoLastUpdate();
        }
        if (!updateIntoNext()) {
            // A gradient that is not finite makes the update so too; no rate can go on from such weights.
            return gradient.allFinite() ? false : undoLastUpdate();
        }
        advance(rss);
        return true;
    }

    /**
     * The update written to next becomes current; current becomes last, and last's arrays are reused.
     * The optimiser's state moves on with them.
     */
    private void advance(double rss) {
        WeightArrays spare = last;
        last = now;
        now = next;
        next = spare;
        optimizer.advance();
        points.advance();
        iteration++;
        rssBeforeLastUpdate = rss;
    }

    /**
     * Goes back to the weights, and the optimiser's state, before the last update, if there was one;
     * always reports a divergence.
     */
    private boolean undoLastUpdate() {
        if (iteration > 0 && Double.isFinite(rssBeforeLastUpdate)) {
            WeightArrays bad = now;
            now = last;
            last = bad;
            optimizer.undo();
            points.undo();
            iteration--;
            rssBeforeLastUpdate = Double.NaN;
            sumGradients(); // the gradient at the restored weights: finite when a safe iteration made them
        }
        return false;
    }

    /**
     * Steps 1 to 3 for every point of the next batch, then the penalty's gradient; returns the batch's RSS
     * (with the full batch, RSS of the current weights).
     */
    private double sumGradients() {
        double rss = points.sumGradients(now, gradA, gradB);
        if (penalty.isSet()) {
            penalty.addGradient(now.a(), gradA);
        }
        return rss;
    }

    /** Runs n iterations. */
    public void iterate(long n) {
        for (long k = 0; k < n; k++) {
            iterate();
        }
    }

    /** The optimiser's update of the current weights, written to next; true when every result is finite. */
    private boolean updateIntoNext() {
        return optimizer.update(now, gradient, learningRate, next);
    }

    /** RSS of the current weights over the points trained on (a forward pass over them). */
    public double rss() {
        return points.trainingRss(now);
    }

    /** RSS of the current weights over the held-out points; 0 when none is held out. */
    public double heldOutRss() {
        return points.heldOutRss(now);
    }

    /** The penalty of the current weights; 0 without one. */
    public double penalty() {
        return penalty.isSet() ? penalty.value(now.a()) : 0.0;
    }

    /** f(x) of the current weights for every point, held out or not, flat as {@link DataSet} stores y. */
    public double[] predictions() {
        return points.predictions(now);
    }

    /**
     * The loss of the last update's batch at the weights before it (with the full batch, their RSS), NaN
     * before the first iteration.
     */
    public double rssBeforeLastUpdate() {
        return rssBeforeLastUpdate;
    }

    /**
     * RSS of the training points at the weights before the last update, where it was measured: at every
     * iteration of a full batch, at the first of each epoch with batches (a forward pass over every point
     * once an epoch costs about what the batches do); NaN elsewhere.
     */
    public double trainingRssBeforeLastUpdate() {
        return points.trainingRssBeforeLastUpdate();
    }

    /** The held-out points' RSS measured with {@link #trainingRssBeforeLastUpdate()}; NaN when none is held out. */
    public double heldOutRssBeforeLastUpdate() {
        return points.heldOutRssBeforeLastUpdate();
    }

    public TrainingOptions options() {
        return options;
    }

    /** True when an update sees fewer than all the training points. */
    public boolean batched() {
        return options.batched(data);
    }

    /** Where the batches stand: epochs completed and the next batch's place in the epoch. */
    public BatchPosition batchPosition() {
        return points.batches().position();
    }

    /** The data's numbers (from 0) of the points the next update sums over, in their order. */
    public int[] nextBatch() {
        return points.nextBatch();
    }

    /**
     * An independent trainer in exactly this one's state (weights, optimiser, batches): its next iteration
     * is the one this one will make.
     */
    public Trainer replica() {
        return new Trainer(network(), data, learningRate, iteration, optimizer.copy(), options, batchPosition());
    }

    /** A copy of the current weights. */
    public Network network() {
        return Network.fromLayerArrays(architecture, now.a(), now.b());
    }

    /** The summed gradient of the last iteration (zero before the first). */
    public Gradient gradient() {
        return new Gradient(architecture, gradA, gradB);
    }

    /**
     * The change the last update made to each weight and bias, as applied: zero before the first, and
     * meaningful only while that update is kept (not after a divergence undid or refused it).
     */
    public WeightChange lastChange() {
        WeightArrays change = optimizer.lastChange();
        return new WeightChange(architecture, change.a(), change.b());
    }

    /** A copy of the optimiser in its current state: the next iteration will use exactly this. */
    public Optimizer optimizer() {
        return optimizer.copy();
    }

    /** Iterations done so far. */
    public long iteration() {
        return iteration;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Spreads each iteration's sums over this many threads (default 1); the same bits with any number. */
    public void useThreads(int threads) {
        points.useThreads(threads);
    }

    public int threads() {
        return points.threads();
    }

    /** Applies from the next iteration on. */
    public void setLearningRate(double learningRate) {
        this.learningRate = requireLearningRate(learningRate);
    }

    /** The one check of a learning rate, wherever one is given: a positive finite number. */
    public static double requireLearningRate(double alpha) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("the learning rate must be a positive finite number, got " + alpha);
        }
        return alpha;
    }

    public DataSet data() {
        return data;
    }

    public Architecture architecture() {
        return architecture;
    }

    /** True when every weight and bias is finite. */
    public boolean isFinite() {
        return now.allFinite();
    }
}
