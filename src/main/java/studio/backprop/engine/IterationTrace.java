package studio.backprop.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every number of one iteration, as the chapter's worked example prints them: for each point the
 * forward pass (Sigma, h), the backward pass (dRSS/dh) and the expansion (dRSS/db, dRSS/dA) of every
 * layer, then the summed gradient and the updated weights.
 *
 * @param iteration    the iteration whose weights the trace starts from (0 = the initial weights)
 * @param learningRate alpha of the update
 * @param before       the weights the iteration starts from
 * @param points       one trace per data point, in data order
 * @param gradient     g: dRSS/dA_l and dRSS/db_l summed over the points, plus the penalty's gradient
 * @param updated      the weights after the update
 * @param batch        the data's numbers (from 0) of the points traced, in the order they are summed: every
 *                     point for the chapter's full batch
 * @param penalty      the penalty whose gradient g includes ({@link Penalty#NONE} for the chapter's loss)
 * @param optimizer    a copy of the optimiser as the update found it (its settings and memory)
 * @param optimizerAfter a copy of it after the update
 * @param dataSize     the data's number of points, so that a batch of all of them is told from a smaller one
 */
public record IterationTrace(long iteration, double learningRate, Network before, List<PointTrace> points,
                             Gradient gradient, Network updated, List<Integer> batch, Penalty penalty,
                             Optimizer optimizer, Optimizer optimizerAfter, int dataSize) {

    public IterationTrace {
        points = List.copyOf(points);
        batch = List.copyOf(batch);
    }

    /** True when the update is the chapter's: plain gradient descent on every point, no penalty. */
    public boolean isChapters() {
        return optimizer instanceof GradientDescent && !penalty.isSet() && batch.size() == dataSize
                && batch.equals(IntStream.range(0, batch.size()).boxed().toList());
    }

    /**
     * One point's three steps.
     *
     * @param x      what the input layer holds, Sigma_0 = h_0: the inputs, or their features when the network
     *               sees features ({@link Architecture#features()})
     * @param y      the targets
     * @param layers layers 1..L+1, at index l-1
     * @param input  the point's inputs as the data give them: {@code x} itself without features
     */
    public record PointTrace(double[] x, double[] y, List<LayerTrace> layers, double[] input) {
        /** Without features: the input layer holds the inputs. */
        public PointTrace(double[] x, double[] y, List<LayerTrace> layers) {
            this(x, y, layers, x);
        }

        /** Layer l's trace, l = 1..L+1. */
        public LayerTrace layer(int l) {
            return layers.get(l - 1);
        }

        /** f(x) = h_(L+1). */
        public double[] output() {
            return layers.get(layers.size() - 1).h();
        }
    }

    /**
     * One layer l at one point.
     *
     * @param dRssDa dRSS/dA_l = dRSS/db_l (x) h_(l-1), flat row-major with {@code sigma.length} rows
     */
    public record LayerTrace(double[] sigma, double[] h, double[] dRssDh, double[] dRssDb, double[] dRssDa) {
        /** dRSS/da_lij at this point. */
        public double dRssDa(int i, int j) {
            return dRssDa[i * (dRssDa.length / sigma.length) + j];
        }
    }

    /** The point trace for point p (from 0). */
    public PointTrace point(int p) {
        return points.get(p);
    }

    /** Traces the iteration that starts from {@code network} at {@code iteration}, by plain gradient descent. */
    public static IterationTrace of(Network network, DataSet data, double learningRate, long iteration) {
        return of(network, data, learningRate, iteration, new GradientDescent(network.architecture()));
    }

    /**
     * Traces the next iteration of a live trainer, with its optimiser, batches and penalty as they stand
     * (the trainer is left as it is): the points traced are those of the next batch.
     */
    public static IterationTrace next(Trainer trainer) {
        return trace(trainer.network(), trainer.data(), trainer.learningRate(), trainer.iteration(), trainer.replica());
    }

    /**
     * Traces the iteration that starts from {@code network} at {@code iteration}, made by a copy of
     * {@code optimizer} in its state there, with these options and the batches where they stand.
     */
    public static IterationTrace of(Network network, DataSet data, double learningRate, long iteration,
                                    Optimizer optimizer, TrainingOptions options, BatchPosition at) {
        return trace(network, data, learningRate, iteration,
                new Trainer(network, data, learningRate, iteration, optimizer.copy(), options, at));
    }

    /**
     * Traces the iteration that starts from {@code network} at {@code iteration}, updated by a copy of
     * {@code optimizer} in the state it has reached there (momentum and moments carried over).
     */
    public static IterationTrace of(Network network, DataSet data, double learningRate, long iteration,
                                    Optimizer optimizer) {
        return trace(network, data, learningRate, iteration,
                new Trainer(network, data, learningRate, iteration, optimizer.copy()));
    }

    /** Traces the points of {@code descent}'s next batch and lets it, a trainer of its own, make the update. */
    private static IterationTrace trace(Network network, DataSet all, double learningRate, long iteration,
                                        Trainer descent) {
        int[] batch = descent.nextBatch();
        Architecture arch = network.architecture();
        DataSet given = all.subset(batch);
        DataSet data = arch.featured(given); // x as the input layer sees it: h_0
        Optimizer before = descent.optimizer();
        int depth = arch.depth();
        double[][] a = new double[depth + 1][];
        double[][] b = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            a[l] = network.weights(l);
            b[l] = network.biases(l);
        }
        Backprop step = new Backprop(arch, 1);
        double[] xs = data.xs();
        double[] ys = data.ys();
        List<PointTrace> points = new ArrayList<>();
        for (int p = 0; p < data.size(); p++) {
            int xOffset = p * data.inputs();
            int yOffset = p * data.outputs();
            step.forward(a, b, xs, p, 1);
            step.backpropagate(a, ys, p); // the sums come from the trainer below
            List<LayerTrace> layers = new ArrayList<>();
            for (int l = 1; l <= depth; l++) {
                double[] db = Backprop.layer(step.dRssDb, l, 0);
                double[] in = Backprop.layer(step.h, l - 1, 0);
                double[] dA = new double[db.length * in.length];
                for (int i = 0; i < db.length; i++) {
                    for (int j = 0; j < in.length; j++) {
                        dA[i * in.length + j] = db[i] * in[j];
                    }
                }
                layers.add(new LayerTrace(Backprop.layer(step.sigma, l, 0), Backprop.layer(step.h, l, 0),
                        Backprop.layer(step.dRssDh, l, 0), db, dA));
            }
            double[] h0 = Arrays.copyOfRange(xs, xOffset, xOffset + data.inputs());
            points.add(new PointTrace(h0, Arrays.copyOfRange(ys, yOffset, yOffset + data.outputs()),
                    List.copyOf(layers), given == data ? h0 : given.subset(new int[] {p}).xs()));
        }
        // The sum and the update come from the trainer itself, so the trace shows what training does.
        descent.iterate();
        return new IterationTrace(iteration, learningRate, network, points, descent.gradient(), descent.network(),
                Arrays.stream(batch).boxed().toList(), descent.options().penalty(), before,
                descent.optimizer(), all.size());
    }
}
