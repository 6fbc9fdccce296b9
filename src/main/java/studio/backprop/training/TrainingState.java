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
    private Trainer trainer;
    private final LossHistory history = new LossHistory();
    private final LossHistory heldOutHistory = new LossHistory();
    private final List<Long> rateChanges = new ArrayList<>();
    private final List<Long> edits = new ArrayList<>();
    private double lastLearningRate;
    private Divergence divergence;
    private Failure failure;
    private boolean gradientKnown;
    /** The total sums of squares of the training and held-out targets: fixed while the experiment is. */
    private double trainingTss;
    private double heldOutTss;

    TrainingState(Experiment experiment) {
        startFrom(experiment);
    }

    /**
     * Starts over on {@code next}, at its iteration 0 with an empty history. The trainer is made first: if
     * that throws, the run stays as it was rather than half on each experiment.
     */
    void startFrom(Experiment next) {
        switchTo(next, next.start(), LossRecord.EMPTY);
    }

    /**
     * Goes on from a trainer that has reached some weights (of a saved experiment), with the loss record
     * that led there: what of it lies at or after the trainer's iteration (a later run, before an undo) is
     * dropped.
     */
    void resume(Experiment next, Trainer reached, LossRecord kept) {
        switchTo(next, reached, kept.upTo(reached.iteration()));
    }

    private void switchTo(Experiment next, Trainer trainer, LossRecord kept) {
        experiment = next;
        this.trainer = trainer;
        trainingTss = Fit.tss(next.data(), trainer.options().heldOut(), false);
        heldOutTss = Fit.tss(next.data(), trainer.options().heldOut(), true);
        history.restore(kept.losses());
        heldOutHistory.restore(kept.heldOutLosses());
        rateChanges.clear();
        edits.clear();
        for (long r : kept.rateChanges()) {
            rateChanges.add(r);
        }
        for (long e : kept.edits()) {
            edits.add(e);
        }
        lastLearningRate = next.learningRate();
        divergence = null;
        failure = null;
        gradientKnown = false;
    }

    /** The same experiment from its start, at the learning rate in use now. */
    void reset() {
        startFrom(experiment.withLearningRate(trainer.learningRate()));
    }

    /** Applies from the next iteration on; a change is marked on the loss history. */
    void setLearningRate(double alpha) {
        if (alpha != trainer.learningRate()) {
            trainer.setLearningRate(alpha);
            rateChanges.add(trainer.iteration());
        }
    }

    /**
     * One iteration that never leaves a NaN or an infinity behind.
     *
     * @return false when it diverged: the last good state is kept and {@link Divergence} says where
     */
    boolean iterate() {
        TrainingThreads.applyTo(trainer);
        long before = trainer.iteration();
        if (!trainer.iterateSafely()) {
            long kept = trainer.iteration();
            // Either this update failed (kept = before), or the weights of the last one already give a
            // non-finite loss and were undone (kept = before - 1): that update, made at its own rate, failed.
            boolean undoneLast = kept < before;
            divergence = new Divergence(undoneLast ? before : before + 1,
                    undoneLast ? lastLearningRate : trainer.learningRate(), kept, trainer.rss(),
                    experiment.start().rss());
            gradientKnown = false;
            return false;
        }
        // Measured every iteration of a full batch, at the start of each epoch with batches.
        double training = trainer.trainingRssBeforeLastUpdate();
        if (!Double.isNaN(training)) {
            history.add(before, training);
            double heldOut = trainer.heldOutRssBeforeLastUpdate();
            if (!Double.isNaN(heldOut)) {
                heldOutHistory.add(before, heldOut);
            }
        }
        gradientKnown = true;
        lastLearningRate = trainer.learningRate();
        return true;
    }

    /** The run failed on an error: it stays as it is, marked failed, until it starts over. */
    void fail(Throwable e) {
        failure = Failure.of(trainer.iteration(), e);
        gradientKnown = false; // an iteration may have stopped half-way through its gradient
    }

    boolean failed() {
        return failure != null;
    }

    /** A command that trains again hides the last divergence. */
    void forgetDivergence() {
        divergence = null;
    }

    long iteration() {
        return trainer.iteration();
    }

    /** Everything the views draw, frozen now, with the service's own part of it. */
    TrainingSnapshot snapshot(State state, double iterationsPerSecond, long target, long commandsDone) {
        return new TrainingSnapshot(trainer.iteration(), trainer.network(), trainer.rss(), trainer.predictions(),
                trainer.gradient(), lastLearningRate, trainer.learningRate(), experiment.initial(),
                experiment.data(), history.freeze(), rateChanges.stream().mapToLong(Long::longValue).toArray(),
                state, iterationsPerSecond, target, divergence, gradientKnown, commandsDone,
                gradientKnown ? trainer.lastChange() : WeightChange.none(experiment.initial().architecture()),
                trainer.optimizer(), failure, edits.stream().mapToLong(Long::longValue).toArray(), beyond());
    }

    private OptionsSnapshot beyond() {
        int held = trainer.options().heldOut().size();
        int outputs = experiment.data().outputs();
        return new OptionsSnapshot(trainer.options(), trainer.batchPosition(), trainer.batched(), trainer.penalty(),
                held > 0 ? trainer.heldOutRss() : 0, held > 0 ? heldOutHistory.freeze() : LossHistory.Frozen.EMPTY,
                trainingTss, heldOutTss, (experiment.data().size() - held) * outputs, held * outputs);
    }
}
