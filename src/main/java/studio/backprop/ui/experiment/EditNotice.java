package studio.backprop.ui.experiment;

import java.util.Locale;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.StateChange;

/**
 * The sentence that says what an edit, an undo or a reset did to training: where it is now, whether it
 * runs on, and where undo would return. An edit of the network starts again at iteration 0 from the
 * weights reached, which is easy to miss while a run goes on.
 */
final class EditNotice {
    private EditNotice() {
    }

    /**
     * @param before  what the trainer showed before the change, or null
     * @param now     the state it changed to
     * @param running whether training goes on running
     */
    static String of(StateChange why, TrainingSnapshot before, SavedExperiment now, boolean running) {
        long from = before == null ? 0 : before.iteration();
        String where = where(now.iteration(), running);
        return switch (why.kind()) {
            case START -> "";
            case RESET -> "Reset. Back to iteration 0, paused; Undo returns to iteration " + count(from) + ".";
            case UNDO -> "Undid " + why.description() + ". " + capitalised(where) + ".";
            case REDO -> "Redid " + why.description() + ". " + capitalised(where) + ".";
            case EDIT -> capitalised(why.description()) + ". " + (now.iteration() == 0 && from > 0
                    ? (now.initialEdited() ? "The weights reached, edited, are the new start; "
                            : "New initial weights; ") + where + ". Undo returns to iteration " + count(from) + "."
                    : capitalised(where) + ".");
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String where(long iteration, boolean running) {
        return (running ? "training goes on from iteration " : "paused at iteration ") + count(iteration);
    }

    static String count(long iteration) {
        return String.format(Locale.ROOT, "%,d", iteration);
    }
}
