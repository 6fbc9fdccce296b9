package studio.backprop.ui.experiment;

import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * The words of "Save the changes?": a first line, the question, and a second that says what would be
 * lost, worded for a file saved before and for an experiment never saved (a preset, say).
 */
final class UnsavedQuestion {
    private UnsavedQuestion() {
    }

    /** @param name the document's name: a file name, or a preset's title */
    static String of(ExperimentEditor editor, String name, TrainingSnapshot shown) {
        SavedExperiment saved = editor.document().saved();
        SavedExperiment now = editor.state();
        if (saved == null) {
            return ExperimentSession.SAVE_QUESTION + "the work recovered?\n"
                    + "It was kept when the app last closed without saving it, and will be lost if you don't save it.";
        }
        boolean edited = !now.sameSetup(saved) || shown != null && shown.learningRate() != saved.learningRate();
        long iteration = shown != null ? shown.iteration() : now.iteration();
        boolean trained = iteration != saved.iteration() || shown != null && !shown.network().equals(saved.network());
        String training = "the training (now at iteration " + EditNotice.count(iteration) + ")";
        String what = edited && trained ? "Your edits and " + training
                : edited ? "Your edits" : "T" + training.substring(1);
        if (editor.document().hasFile()) {
            return ExperimentSession.SAVE_QUESTION + "the changes to " + name + "?\n"
                    + what + " since it was last saved will be lost if you don't save them.";
        }
        return ExperimentSession.SAVE_QUESTION + "this experiment?\n"
                + "It began as " + name + " and has never been saved. " + what
                + " will be lost if you don't save it.";
    }
}
