package studio.backprop.ui.edit;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.model.Progress;
import studio.backprop.model.SavedExperiment;

/**
 * The experiment's state, the undo history of it, and why it changed last. Before each change the
 * progress training made (from {@link #setProgressSource}) is kept in the entry being left, so that undo
 * comes back to where training was. FX thread only.
 */
final class UndoableState {
    private final EditHistory<SavedExperiment> history;
    private final ReadOnlyObjectWrapper<SavedExperiment> state = new ReadOnlyObjectWrapper<>(this, "state");
    private Supplier<Progress> progress = () -> null;
    private StateChange change;

    UndoableState(SavedExperiment start) {
        history = new EditHistory<>(start);
        startOver(start);
    }

    void setProgressSource(Supplier<Progress> source) {
        progress = Objects.requireNonNull(source);
    }

    EditHistory<SavedExperiment> history() {
        return history;
    }

    ReadOnlyObjectProperty<SavedExperiment> property() {
        return state.getReadOnlyProperty();
    }

    SavedExperiment get() {
        return state.get();
    }

    StateChange lastChange() {
        return change;
    }

    /** How far training got on this state, or null when the trainer does not show it yet. */
    Progress progress() {
        return progress.get();
    }

    /** The current entry with the progress reached, kept there for undo. */
    SavedExperiment captured() {
        SavedExperiment s = history.current().withProgress(progress.get());
        history.replaceCurrent(s);
        return s;
    }

    /** A new document: no undo history. */
    void startOver(SavedExperiment start) {
        history.reset(start);
        show(start, new StateChange(StateChange.Kind.START, ""));
    }

    void push(SavedExperiment next, StateChange why) {
        history.push(next, why.description());
        show(next, why);
    }

    /** @return false when training is at the start already: nothing is recorded */
    boolean reset() {
        SavedExperiment s = captured();
        if (s.atStart()) {
            return false;
        }
        push(s.restarted(), new StateChange(StateChange.Kind.RESET, StateChange.RESET));
        return true;
    }

    void undo() {
        captured();
        String undone = history.undoDescription();
        show(history.undo(), new StateChange(StateChange.Kind.UNDO, undone));
    }

    void redo() {
        captured();
        String redone = history.redoDescription();
        show(history.redo(), new StateChange(StateChange.Kind.REDO, redone));
    }

    private void show(SavedExperiment next, StateChange why) {
        change = why;
        state.set(next);
    }
}
