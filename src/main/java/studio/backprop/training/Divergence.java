package studio.backprop.training;

import java.util.Locale;

/**
 * Training stopped because an iteration would have left a NaN or an infinity in the weights or the loss.
 *
 * @param iteration    the iteration that diverged (its update was undone)
 * @param learningRate the learning rate it ran with
 * @param keptIteration the iteration whose weights were kept: the last good state
 */
public record Divergence(long iteration, double learningRate, long keptIteration) {

    /** One sentence for a dialog or the status bar. */
    public String message() {
        return String.format(Locale.ROOT,
                "Training diverged at iteration %,d with learning rate %s: the loss or a weight became NaN or "
                        + "infinite. Paused at iteration %,d, the last good state.",
                iteration, TrainingSnapshot.formatRate(learningRate), keptIteration);
    }
}
