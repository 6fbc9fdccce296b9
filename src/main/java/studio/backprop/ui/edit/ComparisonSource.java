package studio.backprop.ui.edit;

import studio.backprop.model.SavedComparison;
import studio.backprop.model.SavedExperiment;

/**
 * The runs compared beside the experiment, which live in the trainer: what a save adds to the file, and
 * what the unsaved marker looks at.
 */
public interface ComparisonSource {
    /** Nothing is ever compared. */
    ComparisonSource NONE = new ComparisonSource() {
        @Override
        public String compared() {
            return "";
        }

        @Override
        public SavedExperiment withComparison(SavedExperiment experiment) {
            return experiment;
        }
    };

    /**
     * What is compared now, as {@link SavedComparison#describe()} says it, or "" when nothing is. Asked on
     * every snapshot: cheap.
     */
    String compared();

    /** {@code experiment}, the first run, with the runs compared beside it where they got; as it is when none. */
    SavedExperiment withComparison(SavedExperiment experiment);
}
