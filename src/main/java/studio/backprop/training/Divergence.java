package studio.backprop.training;

import java.util.Locale;

/**
 * Training stopped because an iteration would have left a NaN or an infinity in the weights or the loss.
 *
 * @param iteration     the iteration that diverged (its update was undone)
 * @param learningRate  the learning rate it ran with
 * @param keptIteration the iteration whose weights were kept: the last good state
 * @param keptRss       the loss of the last good state
 * @param startingRss   the loss of the initial weights, to judge how far off the last good state is
 */
public record Divergence(long iteration, double learningRate, long keptIteration, double keptRss,
                         double startingRss) {
    /** A last good state with a loss above this, or a thousand times the starting loss, is no state to go on from. */
    static final double FAR_OFF_RSS = 1e6;

    /**
     * True when the last good state is itself far off: halving the rate and going on from it would diverge
     * again at once, so starting over is the way on.
     */
    public boolean lastGoodFarOff() {
        return !(keptRss <= FAR_OFF_RSS && keptRss <= 1000 * startingRss);
    }

    /** What happened, in a sentence or two, for the banner above the views. */
    public String message() {
        String what = String.format(Locale.ROOT,
                "Training diverged at iteration %,d with learning rate %s: a weight or the loss became infinite.",
                iteration, TrainingSnapshot.formatRate(learningRate));
        if (lastGoodFarOff()) {
            return what + String.format(Locale.ROOT, " The last good state, iteration %,d, is already far off "
                    + "(RSS %s, against %s at the start): reset and lower the rate.", keptIteration,
                    TrainingSnapshot.formatNumber(keptRss, 3), TrainingSnapshot.formatNumber(startingRss, 3));
        }
        return what + String.format(Locale.ROOT, " Paused at iteration %,d, the last good state.", keptIteration);
    }
}
