package studio.backprop.ui;

import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.WeightChange;
import studio.backprop.training.Failure;
import studio.backprop.training.LossHistory;
import studio.backprop.training.OptionsSnapshot;
import studio.backprop.training.TrainingSnapshot;

/** Snapshots built directly, as the training service would, without its thread. */
public final class Snapshots {
    private Snapshots() {
    }

    /** The chapter example after n iterations, its history holding every RSS on the way. */
    public static TrainingSnapshot chapter(long n, long... rateChanges) {
        return trained(Experiment.chapter(), n, rateChanges);
    }

    public static TrainingSnapshot trained(Experiment experiment, long n, long... rateChanges) {
        Trainer descent = experiment.start();
        LossHistory history = new LossHistory();
        for (long k = 0; k < n; k++) {
            history.add(k, descent.iterate());
        }
        return of(experiment, descent, history, rateChanges);
    }

    /** The chapter's weights at iteration n with a synthetic history RSS(k) = 1 / (1 + k). */
    public static TrainingSnapshot syntheticHistory(long n) {
        Experiment experiment = Experiment.chapter();
        LossHistory history = new LossHistory();
        for (long k = 0; k < n; k++) {
            history.add(k, 1.0 / (1 + k));
        }
        Trainer descent = experiment.start();
        TrainingSnapshot s = of(experiment, descent, history);
        return new TrainingSnapshot(n, s.network(), 1.0 / (1 + n), s.predictions(), s.gradient(),
                s.lastLearningRate(), s.learningRate(), s.initial(), s.data(), s.history(), s.rateChanges(),
                s.state(), 0, -1, null);
    }

    /** A network as it is, at iteration 0, on the given data. */
    public static TrainingSnapshot of(Network network, DataSet data) {
        return trained(new Experiment(network, data, 0.01), 0);
    }

    /** The same snapshot with another current RSS, e.g. 0 or NaN. */
    public static TrainingSnapshot withRss(TrainingSnapshot s, double rss) {
        return new TrainingSnapshot(s.iteration(), s.network(), rss, s.predictions(), s.gradient(),
                s.lastLearningRate(), s.learningRate(), s.initial(), s.data(), s.history(), s.rateChanges(),
                s.state(), 0, -1, null);
    }

    /** The same snapshot with edits marked at these iterations. */
    public static TrainingSnapshot withEdits(TrainingSnapshot s, long... edits) {
        return new TrainingSnapshot(s.iteration(), s.network(), s.rss(), s.predictions(), s.gradient(),
                s.lastLearningRate(), s.learningRate(), s.initial(), s.data(), s.history(), s.rateChanges(),
                s.state(), 0, -1, null, s.gradientKnown(), s.commandsDone(), s.change(), s.optimizer(), null, edits);
    }

    /** The same snapshot with batches, a penalty or points held out, as {@code beyond} says. */
    public static TrainingSnapshot withBeyond(TrainingSnapshot s, OptionsSnapshot beyond) {
        return new TrainingSnapshot(s.iteration(), s.network(), s.rss(), s.predictions(), s.gradient(),
                s.lastLearningRate(), s.learningRate(), s.initial(), s.data(), s.history(), s.rateChanges(),
                s.state(), 0, -1, null, s.gradientKnown(), s.commandsDone(), s.change(), s.optimizer(), null,
                s.edits(), beyond);
    }

    /** The same snapshot with one point held out (from 0), nothing else beyond the chapter. */
    public static TrainingSnapshot withHeldOut(TrainingSnapshot s, int point) {
        return withBeyond(s, new OptionsSnapshot(TrainingOptions.CHAPTER.withHeldOut(java.util.List.of(point)),
                BatchPosition.START, false, 0, 0, LossHistory.Frozen.EMPTY, 1, 0, s.data().size() - 1, 1));
    }

    /** The same snapshot of a run that failed. */
    public static TrainingSnapshot failed(TrainingSnapshot s, Failure failure) {
        return new TrainingSnapshot(s.iteration(), s.network(), s.rss(), s.predictions(), s.gradient(),
                s.lastLearningRate(), s.learningRate(), s.initial(), s.data(), s.history(), s.rateChanges(),
                s.state(), 0, -1, null, false, s.commandsDone(), WeightChange.none(
                        s.network().architecture()), s.optimizer(), failure);
    }

    private static TrainingSnapshot of(Experiment e, Trainer d, LossHistory history, long... rateChanges) {
        return new TrainingSnapshot(d.iteration(), d.network(), d.rss(), d.predictions(), d.gradient(),
                e.learningRate(), d.learningRate(), e.initial(), e.data(), history.freeze(), rateChanges,
                TrainingSnapshot.State.PAUSED, 0, -1, null);
    }
}
