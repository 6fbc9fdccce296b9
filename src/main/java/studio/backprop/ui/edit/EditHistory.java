package studio.backprop.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo over immutable states: each edit pushes the state it led to, so undo is going back one
 * entry, never running an inverse command that could be wrong. Bounded, the oldest edits dropped first.
 * Not thread-safe: the FX thread owns it.
 *
 * @param <T> an immutable state
 */
public final class EditHistory<T> {
    public static final int DEFAULT_LIMIT = 200;

    private record Entry<T>(T state, String description) {
    }

    private final List<Entry<T>> entries = new ArrayList<>();
    private final int limit;
    private int index;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");

    public EditHistory(T initial) {
        this(initial, DEFAULT_LIMIT);
    }

    /** @param limit how many edits can be undone, at least 1 */
    public EditHistory(T initial, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, got " + limit);
        }
        this.limit = limit;
        reset(initial);
    }

    /** Forgets every edit: a new document starts here. */
    public void reset(T state) {
        entries.clear();
        entries.add(new Entry<>(Objects.requireNonNull(state), ""));
        index = 0;
        update();
    }

    /** Records an edit; what could be redone is gone. @param description for "Undo add point" */
    public void push(T state, String description) {
        entries.subList(index + 1, entries.size()).clear();
        entries.add(new Entry<>(Objects.requireNonNull(state), description));
        if (entries.size() > limit + 1) {
            entries.remove(0);
        }
        index = entries.size() - 1;
        update();
    }

    /**
     * Puts another state in the current entry without making it an edit: for what changes by itself,
     * such as how far training got, so that undo later comes back to it.
     */
    public void replaceCurrent(T state) {
        Entry<T> e = entries.get(index);
        entries.set(index, new Entry<>(Objects.requireNonNull(state), e.description()));
    }

    /** @return the state before the last edit @throws IllegalStateException when there is nothing to undo */
    public T undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        index--;
        update();
        return current();
    }

    /** @return the state after the edit undone last @throws IllegalStateException when there is nothing to redo */
    public T redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        index++;
        update();
        return current();
    }

    public T current() {
        return entries.get(index).state();
    }

    public boolean canUndo() {
        return index > 0;
    }

    public boolean canRedo() {
        return index < entries.size() - 1;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What undo would take back ("" when nothing), for a menu item "Undo move point". */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    public String undoDescription() {
        return undoDescription.get();
    }

    public String redoDescription() {
        return redoDescription.get();
    }

    private void update() {
        canUndo.set(canUndo());
        canRedo.set(canRedo());
        undoDescription.set(canUndo() ? entries.get(index).description() : "");
        redoDescription.set(canRedo() ? entries.get(index + 1).description() : "");
    }
}
