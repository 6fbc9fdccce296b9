package studio.backprop.engine;

import java.util.List;

/**
 * The points a trainer feeds through the chapter's three steps: those trained on, batch by batch in the
 * order {@link Batches} gives, and those held out, which only ever see a forward pass. Holds the
 * buffers, so that an iteration allocates nothing: a batch that is not the whole training set in data
 * order is gathered into buffers of its own, a tile at a time fed from there.
 */
final class TrainingPoints {
    private final DataSet data;
    private final PointBlocks blocks;
    private final Batches batches;
    private final int inputs;
    private final int outputs;
    /** The points trained on, flat as in DataSet (the data's own arrays when nothing is held out). */
    private final double[] trainX;
    private final double[] trainY;
    private final int trainCount;
    private final double[] heldX;
    private final double[] heldY;
    private final int heldCount;
    /** Each training point's number in the data, or null when nothing is held out (the same numbers). */
    private final int[] trainIndex;
    /** The training and held-out RSS measured for the update in progress, and for the last one kept. */
    private double measuredTraining = Double.NaN;
    private double measuredHeldOut = Double.NaN;
    private double keptTraining = Double.NaN;
    private double keptHeldOut = Double.NaN;
    /** A gathered batch. */
    private final double[] batchX;
    private final double[] batchY;

    TrainingPoints(DataSet data, Architecture architecture, TrainingOptions options, BatchPosition at, int tile) {
        options.requireFits(data);
        this.data = data;
        inputs = data.inputs();
        outputs = data.outputs();
        List<Integer> heldOut = options.heldOut();
        heldCount = heldOut.size();
        trainCount = data.size() - heldCount;
        if (heldCount == 0) {
            trainX = data.xArray();
            trainY = data.yArray();
            trainIndex = null;
        } else {
            trainX = new double[trainCount * inputs];
            trainY = new double[trainCount * outputs];
            trainIndex = new int[trainCount];
        }
        heldX = new double[heldCount * inputs];
        heldY = new double[heldCount * outputs];
        for (int p = 0, trained = 0, held = 0; heldCount > 0 && p < data.size(); p++) {
            if (held < heldCount && heldOut.get(held) == p) {
                copyPoint(data.xArray(), data.yArray(), p, heldX, heldY, held++);
            } else {
                trainIndex[trained] = p;
                copyPoint(data.xArray(), data.yArray(), p, trainX, trainY, trained++);
            }
        }
        batches = new Batches(trainCount, options.batchSize(), options.shuffle().isPresent(),
                options.shuffle().orElse(0), at);
        int batchSize = batches.wholeInOrder() ? 0
                : options.batchSize() == 0 ? trainCount : Math.min(options.batchSize(), trainCount);
        batchX = new double[batchSize * inputs];
        batchY = new double[batchSize * outputs];
        blocks = new PointBlocks(architecture, tile);
    }

    private void copyPoint(double[] x, double[] y, int p, double[] toX, double[] toY, int at) {
        System.arraycopy(x, p * inputs, toX, at * inputs, inputs);
        System.arraycopy(y, p * outputs, toY, at * outputs, outputs);
    }

    /**
     * Steps 1 to 3 for every point of the next batch, summed into the gradient; returns the batch's RSS.
     * Measures the training and held-out RSS where the loss history wants them: every iteration of a full
     * batch (the training RSS for free), the first of each epoch with batches.
     */
    double sumGradients(WeightArrays now, double[][] gradA, double[][] gradB) {
        if (batches.wholeInOrder()) {
            double rss = sum(now, trainX, trainY, trainCount, gradA, gradB);
            measure(now, rss);
            return rss;
        }
        int count = batches.count();
        for (int k = 0, first = batches.first(); k < count; k++) {
            copyPoint(trainX, trainY, batches.point(first + k), batchX, batchY, k);
        }
        double rss = sum(now, batchX, batchY, count, gradA, gradB);
        measure(now, batches.first() == 0 ? trainingRss(now) : Double.NaN);
        return rss;
    }

    private void measure(WeightArrays now, double training) {
        measuredTraining = training;
        measuredHeldOut = heldCount > 0 && !Double.isNaN(training) ? heldOutRss(now) : Double.NaN;
    }

    /** The update just summed was kept. */
    void advance() {
        batches.advance();
        keptTraining = measuredTraining;
        keptHeldOut = measuredHeldOut;
    }

    /** The last kept update was undone. */
    void undo() {
        batches.undo();
        keptTraining = Double.NaN;
        keptHeldOut = Double.NaN;
    }

    double trainingRssBeforeLastUpdate() {
        return keptTraining;
    }

    double heldOutRssBeforeLastUpdate() {
        return keptHeldOut;
    }

    private double sum(WeightArrays now, double[] x, double[] y, int n, double[][] gradA, double[][] gradB) {
        return blocks.gradients(now.a(), now.b(), x, y, n, gradA, gradB);
    }

    /** Spreads the sums over this many threads; the result is the same bits with any number. */
    void useThreads(int threads) {
        blocks.useThreads(threads);
    }

    int threads() {
        return blocks.threads();
    }

    /** RSS of the weights over the points trained on. */
    double trainingRss(WeightArrays now) {
        return rss(now, trainX, trainY, trainCount);
    }

    /** RSS of the weights over the held-out points; 0 when none is. */
    double heldOutRss(WeightArrays now) {
        return rss(now, heldX, heldY, heldCount);
    }

    private double rss(WeightArrays now, double[] x, double[] y, int n) {
        return blocks.loss(now.a(), now.b(), x, y, n);
    }

    /** f(x) of the weights for every point of the data, held out or not, flat as DataSet stores y. */
    double[] predictions(WeightArrays now) {
        double[] f = new double[data.size() * outputs];
        int depth = now.depth();
        Backprop backprop = blocks.first();
        for (int first = 0, n = data.size(); first < n; first += backprop.tile) {
            int count = Math.min(backprop.tile, n - first);
            backprop.forward(now.a(), now.b(), data.xArray(), first, count);
            for (int p = 0; p < count; p++) {
                for (int k = 0; k < outputs; k++) {
                    f[(first + p) * outputs + k] = backprop.h[depth][k][p];
                }
            }
        }
        return f;
    }

    /** The data's numbers (from 0) of the next batch's points, in the order they enter the sum. */
    int[] nextBatch() {
        int[] points = new int[batches.count()];
        for (int k = 0; k < points.length; k++) {
            points[k] = dataIndex(batches.point(batches.first() + k));
        }
        return points;
    }

    /** The data's number of training point t. */
    private int dataIndex(int t) {
        return trainIndex == null ? t : trainIndex[t];
    }

    Batches batches() {
        return batches;
    }

}
