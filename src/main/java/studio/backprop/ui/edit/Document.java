package studio.backprop.ui.edit;

import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.model.Progress;
import studio.backprop.model.SavedExperiment;

/**
 * The file an experiment was opened from or saved to last, what it holds, and whether the experiment now
 * differs from that. FX thread only.
 */
public final class Document {
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsavedChanges");
    private SavedExperiment saved;
    private ComparisonSource comparison = ComparisonSource.NONE;

    /** Where the runs compared beside the experiment are found, which a file keeps too. */
    public void setComparisonSource(ComparisonSource source) {
        comparison = Objects.requireNonNull(source);
    }

    /** {@code experiment} with the runs compared beside it, as a save writes it. */
    SavedExperiment withComparison(SavedExperiment experiment) {
        return comparison.withComparison(experiment);
    }

    /** @param path where {@code baseline} was read from or written to; null for a preset not yet saved */
    void at(Path path, SavedExperiment baseline) {
        file.set(path);
        saved = baseline;
    }

    /**
     * Notes whether {@code now} differs from what was saved: in its setup, in how far training got, or in
     * the runs compared beside it, which a file keeps too.
     *
     * @param reached where training is, or null when not known: then where {@code now} says it is
     */
    void compare(SavedExperiment now, Progress reached) {
        if (saved == null) { // recovered work, never saved as it is
            unsaved.set(true);
            return;
        }
        Progress p = reached != null ? reached : new Progress(now.network(), now.iteration(), now.learningRate());
        String comparedThen = saved.comparison() == null ? "" : saved.comparison().describe();
        unsaved.set(!now.sameSetup(saved) || p.iteration() != saved.iteration()
                || p.learningRate() != saved.learningRate() || !p.network().equals(saved.network())
                || !comparison.compared().equals(comparedThen));
    }

    /** True when it was saved or opened and is not a preset that was never saved. */
    public boolean hasFile() {
        return file.get() != null;
    }

    /** What was saved, opened or chosen last: the experiment as it was then; null for recovered work. */
    public SavedExperiment saved() {
        return saved;
    }

    Path file() {
        return file.get();
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }
}
