package studio.backprop.training;

import java.util.Locale;

/**
 * Training stopped on an error it could not go on from (not a divergence, which is a state of the
 * numbers): the run is marked failed until it is reset or something else is loaded.
 *
 * @param iteration the iteration training had reached
 * @param reason    what went wrong, in one line
 */
public record Failure(long iteration, String reason) {

    static Failure of(long iteration, Throwable e) {
        String message = e.getMessage();
        return new Failure(iteration, e.getClass().getSimpleName() + (message == null ? "" : ": " + message));
    }

    /** One sentence for the status bar. */
    public String message() {
        return String.format(Locale.ROOT, "Training failed at iteration %,d (%s). Reset to start again.", iteration,
                reason);
    }
}
