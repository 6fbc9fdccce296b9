package studio.backprop.training;

import java.util.Locale;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Gradient;
import studio.backprop.engine.GradientDescent;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.WeightChange;

/**
 * Everything the views draw, frozen at one moment of training. Immutable: built on the training
 * thread, read on the FX thread.
 *
 * @param iteration          iterations done
 * @param network            the weights after them
 * @param rss                RSS of exactly those weights
 * @param predictions        f(x) of those weights at each data point, flat: output k of point p at
 *                           {@code p * outputs + k} (see {@link #prediction(int, int)})
 * @param gradient           dRSS/dA and dRSS/db of the last iteration (zero at iteration 0)
 * @param lastLearningRate   the rate the last iteration used
 * @param learningRate       the rate the next iteration will use
 * @param initial            the weights at iteration 0, for the faint "before" curve
 * @param data               the training points
 * @param history            RSS against iteration, decimated
 * @param rateChanges        iterations at which the learning rate changed, in order
 * @param state              running, paused, ...
 * @param iterationsPerSecond measured over the last half second while running, else 0
 * @param target             the iteration a "run until" aims at, or -1
 * @param divergence         why training stopped, or null
 * @param gradientKnown      true when {@code gradient} is the one that made these weights; false before
 *                           the first iteration of this run (at 0, after loading or resuming) and after a
 *                           divergence was undone, when it is zero or the gradient at the kept weights
 * @param commandsDone       the number of the last command carried out (see {@link TrainingService}): a
 *                           command's effect shows from the first snapshot that counts up to its number
 * @param change             the change the last iteration applied to each weight; none (all zeros) unless
 *                           {@code gradientKnown}
 * @param optimizer          a copy of the optimiser's state, which the next iteration starts from; nobody
 *                           steps it ({@link #optimizer()} hands out copies)
 * @param failure            why training failed, or null
 * @param edits              iterations at which training went on after an edit of the experiment, in order
 * @param beyond             batches, penalty and held-out points, and what they measure
 */
public record TrainingSnapshot(long iteration, Network network, double rss, double[] predictions, Gradient gradient,
                               double lastLearningRate, double learningRate, Network initial, DataSet data,
                               LossHistory.Frozen history, long[] rateChanges, State state,
                               double iterationsPerSecond, long target, Divergence divergence,
                               boolean gradientKnown, long commandsDone, WeightChange change, Optimizer optimizer,
                               Failure failure, long[] edits, OptionsSnapshot beyond) {

    public enum State { PAUSED, RUNNING, STEPPING }

    public TrainingSnapshot {
        predictions = predictions.clone();
        rateChanges = rateChanges.clone();
        edits = edits.clone();
    }

    /** A snapshot of the chapter's options (for tests and tools). */
    public TrainingSnapshot(long iteration, Network network, double rss, double[] predictions, Gradient gradient,
                            double lastLearningRate, double learningRate, Network initial, DataSet data,
                            LossHistory.Frozen history, long[] rateChanges, State state,
                            double iterationsPerSecond, long target, Divergence divergence,
                            boolean gradientKnown, long commandsDone, WeightChange change, Optimizer optimizer,
                            Failure failure, long[] edits) {
        this(iteration, network, rss, predictions, gradient, lastLearningRate, learningRate, initial, data, history,
                rateChanges, state, iterationsPerSecond, target, divergence, gradientKnown, commandsDone, change,
                optimizer, failure, edits, OptionsSnapshot.CHAPTER);
    }

    /** A snapshot with no edit marked (for tests and tools). */
    public TrainingSnapshot(long iteration, Network network, double rss, double[] predictions, Gradient gradient,
                            double lastLearningRate, double learningRate, Network initial, DataSet data,
                            LossHistory.Frozen history, long[] rateChanges, State state,
                            double iterationsPerSecond, long target, Divergence divergence,
                            boolean gradientKnown, long commandsDone, WeightChange change, Optimizer optimizer,
                            Failure failure) {
        this(iteration, network, rss, predictions, gradient, lastLearningRate, learningRate, initial, data, history,
                rateChanges, state, iterationsPerSecond, target, divergence, gradientKnown, commandsDone, change,
                optimizer, failure, new long[0]);
    }

    /** A snapshot of plain gradient descent that has not failed (for tests and tools). */
    public TrainingSnapshot(long iteration, Network network, double rss, double[] predictions, Gradient gradient,
                            double lastLearningRate, double learningRate, Network initial, DataSet data,
                            LossHistory.Frozen history, long[] rateChanges, State state,
                            double iterationsPerSecond, long target, Divergence divergence,
                            boolean gradientKnown, long commandsDone) {
        this(iteration, network, rss, predictions, gradient, lastLearningRate, learningRate, initial, data, history,
                rateChanges, state, iterationsPerSecond, target, divergence, gradientKnown, commandsDone,
                gradientKnown ? WeightChange.descent(gradient, lastLearningRate)
                        : WeightChange.none(network.architecture()),
                new GradientDescent(network.architecture()), null);
    }

    /** A snapshot whose gradient is known exactly when it is past iteration 0 (for tests and tools). */
    public TrainingSnapshot(long iteration, Network network, double rss, double[] predictions, Gradient gradient,
                            double lastLearningRate, double learningRate, Network initial, DataSet data,
                            LossHistory.Frozen history, long[] rateChanges, State state,
                            double iterationsPerSecond, long target, Divergence divergence) {
        this(iteration, network, rss, predictions, gradient, lastLearningRate, learningRate, initial, data, history,
                rateChanges, state, iterationsPerSecond, target, divergence, iteration > 0, 0);
    }

    @Override
    public double[] predictions() {
        return predictions.clone();
    }

    /** f(x) at point p, without copying: its first output. */
    public double prediction(int p) {
        return predictions[p * outputs()];
    }

    /** Output k of f(x) at point p. */
    public double prediction(int p, int k) {
        return predictions[p * outputs() + k];
    }

    /** How many outputs each point has. */
    public int outputs() {
        return data.outputs();
    }

    /** A copy of the optimiser as the next iteration will find it. */
    @Override
    public Optimizer optimizer() {
        return optimizer.copy();
    }

    /** True when training stopped on an error; see {@link #failure()}. */
    public boolean failed() {
        return failure != null;
    }

    @Override
    public long[] rateChanges() {
        return rateChanges.clone();
    }

    @Override
    public long[] edits() {
        return edits.clone();
    }

    /** The loss history with its marks, to be kept across an edit or saved. */
    public LossRecord lossRecord() {
        return new LossRecord(history, rateChanges, edits, beyond.heldOutHistory());
    }

    public boolean running() {
        return state != State.PAUSED;
    }

    /** The last change of weight a_lij, as the last iteration applied it (-alpha dRSS/da_lij in the chapter). */
    public double lastChange(int l, int i, int j) {
        return change.weight(l, i, j);
    }

    /** The last change of bias b_li. */
    public double lastBiasChange(int l, int i) {
        return change.bias(l, i);
    }

    /** A learning rate as typed: 0.01, 0.005, 1e-4, 2.5. */
    public static String formatRate(double rate) {
        return formatNumber(rate, 6);
    }

    /** A number to {@code significant} digits without trailing zeros, as typed: 0.01, 7.01e212. */
    public static String formatNumber(double value, int significant) {
        String s = String.format(Locale.ROOT, "%." + significant + "g", value);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return stripZeros(parts[0]) + "e" + Integer.parseInt(parts[1]);
        }
        return stripZeros(s);
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
