package studio.backprop.training;

import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.TrainingOptions;

/**
 * The part of a snapshot that goes beyond the chapter's training: the options (batches, penalty, points
 * held out), where the batches stand, and what the options measure. Immutable.
 *
 * @param options        what the run trains with
 * @param position       epochs completed and the next batch's place
 * @param batched        true when an update sees fewer than all the training points (epochs then count)
 * @param penalty        the penalty of the weights; 0 without one
 * @param heldOutRss     RSS over the held-out points; 0 when none is held out
 * @param heldOutHistory the held-out RSS against iteration, beside the training RSS (empty when none is)
 * @param trainingTss    the total sum of squares of the training points' targets, for R^2 (NaN: not known)
 * @param heldOutTss     the same of the held-out points' targets
 * @param values         the training points times the outputs, for the MSE (0: not known)
 * @param heldOutValues  the held-out points times the outputs
 */
public record OptionsSnapshot(TrainingOptions options, BatchPosition position, boolean batched, double penalty,
                              double heldOutRss, LossHistory.Frozen heldOutHistory, double trainingTss,
                              double heldOutTss, int values, int heldOutValues) {

    /** The chapter's: every point, every update, nothing measured apart; the fit measures not known. */
    public static final OptionsSnapshot CHAPTER = new OptionsSnapshot(TrainingOptions.CHAPTER, BatchPosition.START,
            false, 0, 0, LossHistory.Frozen.EMPTY, Double.NaN, Double.NaN, 0, 0);

    /** How well the network fits the training points, whose RSS is {@code rss}; null when not known. */
    public Fit trainingFit(double rss) {
        return values == 0 ? null : new Fit(values, rss, trainingTss);
    }

    /** How well it fits the held-out points; null when none is held out. */
    public Fit heldOutFit() {
        return heldOutValues == 0 ? null : new Fit(heldOutValues, heldOutRss, heldOutTss);
    }

    /** True when point p (from 0) is held out of training. */
    public boolean heldOut(int p) {
        return options.heldOut().contains(p);
    }

    /** True when some point is held out. */
    public boolean holdsOut() {
        return !options.heldOut().isEmpty();
    }
}
