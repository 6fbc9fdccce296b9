package studio.backprop.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditHistoryTest {
    @Test
    void undoAndRedoWalkTheStatesPushed() {
        EditHistory<String> h = new EditHistory<>("a");
        h.push("ab", "add b");
        h.push("abc", "add c");
        assertEquals("add c", h.undoDescription());
        assertEquals("ab", h.undo());
        assertEquals("add c", h.redoDescription());
        assertEquals("a", h.undo());
        assertFalse(h.canUndoProperty().get());
        assertTrue(h.canRedoProperty().get());
        assertEquals("ab", h.redo());
        assertEquals("abc", h.redo());
        assertFalse(h.canRedo());
    }

    @Test
    void anEditAfterUndoForgetsWhatCouldBeRedone() {
        EditHistory<String> h = new EditHistory<>("a");
        h.push("ab", "add b");
        h.undo();
        h.push("ax", "add x");
        assertFalse(h.canRedo());
        assertEquals("", h.redoDescription());
        assertEquals("a", h.undo());
    }

    @Test
    void theOldestEditsGoPastTheLimit() {
        EditHistory<Integer> h = new EditHistory<>(0, 3);
        for (int k = 1; k <= 10; k++) {
            h.push(k, "set " + k);
        }
        h.undo();
        h.undo();
        assertEquals(7, h.undo());
        assertFalse(h.canUndo());
    }

    @Test
    void replacingTheCurrentStateIsNoEdit() {
        EditHistory<String> h = new EditHistory<>("a");
        h.push("b", "b");
        h.replaceCurrent("b2");
        h.undo();
        assertEquals("b2", h.redo());
        assertEquals("a", h.undo());
    }

    @Test
    void undoWithNothingToUndoIsAMistakeOfTheCaller() {
        assertThrows(IllegalStateException.class, () -> new EditHistory<>("a").undo());
        assertThrows(IllegalStateException.class, () -> new EditHistory<>("a").redo());
    }
}
