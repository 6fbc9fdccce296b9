package studio.backprop.training;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.WeightChange;
import studio.backprop.training.TrainingSnapshot.State;

/**
 * What a run has trained: its experiment, its trainer, the loss history and the learning-rate changes,
 * and whether it diverged or failed. The {@link TrainingService} decides when to train; this is what
 * training does to the run, and what a snapshot freezes. Confined to the training thread.
 */
final class TrainingState {
    private Experiment experiment;
    private Trainer descent;
    private final LossHistory history = new LossHistory();
    private final List<Long> rateChanges = new ArrayList<>();
    private double lastLearningRate;
    private Divergence divergence;
    private Failure failure;
    private boolean gradientKnown;

    TrainingState(Experiment experiment) {
        startFrom(experiment);
    }

    /** Starts over on {@code next}, at its iteration 0 with an empty history. */
    void startFrom(Experiment next) {
        experiment = next;
        descent = next.start();
        history.clear();
        rateChanges.clear();
        lastLearningRate = next.learningRate();
        divergence = null;
        failure = null;
        gradientKnown = false;
    }

    /** Goes on from a trainer that has reached some weights (of a saved experiment), its history afresh. */
    void resume(Experiment next, Trainer reached) {
        startFrom(next);
        descent = reached;
    }

    /** The same experiment from its start, at the learning rate in use now. */
    void reset() {
        startFrom(experiment.withLearningRate(descent.learningRate()));
    }

    /** Applies from the next iteration on; a change is marked on the loss history. */
    void setLearningRate(double alpha) {
        if (alpha != descent.learningRate()) {
            descent.setLearningRate(alpha);
            rateChanges.add(descent.iteration());
        }
    }

    /**
     * One iteration that never leaves a NaN or an infinity behind.
     *
     * @return false when it diverged: the last good state is kept and {@link Divergence} says where
     */
    boolean iterate() {
        long before = descent.iteration();
        if (!descent.iterateSafely()) {
            long kept = descent.iteration();
            // Either this update failed (kept = before), or the weights of the last one already give a
            // non-finite loss and were undone (kept = before - 1): that update, made at its own rate, failed.
            boolean undoneLast = kept < before;
            divergence = new Divergence(undoneLast ? before : before + 1,
                    undoneLast ? lastLearningRate : descent.learningRate(), kept);
            gradientKnown = false;
            return false;
        }
        history.add(before, descent.rssBeforeLastUpdate());
        gradientKnown = true;
        lastLearningRate = descent.learningRate();
        return true;
    }

    /** The run failed on an error: it stays as it is, marked failed, until it starts over. */
    void fail(RuntimeException e) {
        failure = Failure.of(descent.iteration(), e);
    }

    boolean failed() {
        return failure != null;
    }

    /** A command that trains again hides the last divergence. */
    void forgetDivergence() {
        divergence = null;
    }

    long iteration() {
        return descent.iteration();
    }

    /** Everything the views draw, frozen now, with the service's own part of it. */
    TrainingSnapshot snapshot(State state, double iterationsPerSecond, long target, long commandsDone) {
        return new TrainingSnapshot(descent.iteration(), descent.network(), descent.rss(), descent.predictions(),
                descent.gradient(), lastLearningRate, descent.learningRate(), experiment.initial(),
                experiment.data(), history.freeze(), rateChanges.stream().mapToLong(Long::longValue).toArray(),
                state, iterationsPerSecond, target, divergence, gradientKnown, commandsDone,
                gradientKnown ? descent.lastChange() : WeightChange.none(experiment.initial().architecture()),
                descent.optimizer(), failure);
    }
}
