package studio.backprop.ui.edit;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.model.SavedExperiment;

/**
 * The file an experiment was opened from or saved to last, what it holds, and whether the experiment now
 * differs from that. FX thread only.
 */
final class Document {
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsavedChanges");
    private SavedExperiment saved;

    /** @param path where {@code baseline} was read from or written to; null for a preset not yet saved */
    void at(Path path, SavedExperiment baseline) {
        file.set(path);
        saved = baseline;
    }

    /** Notes whether {@code now} differs from what was saved. */
    void compare(SavedExperiment now) {
        unsaved.set(!now.sameSetup(saved));
    }

    SavedExperiment saved() {
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
