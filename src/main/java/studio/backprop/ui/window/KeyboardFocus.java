package studio.backprop.ui.window;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import studio.backprop.ui.SnapshotCanvasPane;

/**
 * Gives the training keys back to the views after anything that is not typing, so that Space, Right and R
 * work after any mouse action. A field keeps the keys only while it is being edited: Enter commits and Esc
 * takes back what was typed, and both hand the keys back; a click on a view takes the focus (from a field
 * too); a combo box whose choice was just made, or a button that disabled itself, keeps none.
 */
final class KeyboardFocus {
    private final Scene scene;
    private final Node views;
    /** The field that has the focus, and what it said when it took it: what Esc puts back. */
    private Node editing;
    private String before;
    /** The control with the focus disabled itself; the scene's choice of the next one is to be undone. */
    private boolean lostToDisabled;

    private KeyboardFocus(Scene scene, Node views) {
        this.scene = scene;
        this.views = views;
    }

    /** @param views where the keys go when no view was clicked: the views' common parent */
    static void install(Scene scene, Node views) {
        KeyboardFocus focus = new KeyboardFocus(scene, views);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, focus::pressed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, focus::typed);
        scene.addEventHandler(ComboBoxBase.ON_HIDDEN, focus::chosen);
        scene.focusOwnerProperty().addListener((obs, was, now) -> focus.moved(was, now));
    }

    /**
     * A press on a view gives it the focus. A press on no control (a caption, a gap, a label) ends the
     * typing in a field. A control takes the focus itself if it wants it.
     */
    private void pressed(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof SnapshotCanvasPane view) {
                view.requestFocus();
                return;
            }
            if (n instanceof Control c && c.isFocusTraversable()) {
                return;
            }
        }
        if (field(scene.getFocusOwner()) != null) {
            views.requestFocus();
        }
    }

    /** Enter and Esc in a field: after the field's own action, the keys go back to the views. */
    private void typed(KeyEvent e) {
        Node owner = scene.getFocusOwner();
        TextField field = field(owner);
        if (field == null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            if (owner == editing) {
                field.setText(before);
            }
            e.consume();
            views.requestFocus();
        } else if (e.getCode() == KeyCode.ENTER) {
            // Later, so the field's own action runs first; a value it refused keeps the field for a fix.
            Platform.runLater(() -> {
                if (owner.isFocused() && !owner.getStyleClass().contains("invalid")
                        && !field.getStyleClass().contains("invalid")) {
                    views.requestFocus();
                }
            });
        }
    }

    /** A choice made from a combo box's list leaves the keys to the views. */
    private void chosen(Event e) {
        if (e.getTarget() instanceof ComboBoxBase<?> combo && !combo.isEditable() && combo.isFocused()) {
            views.requestFocus();
        }
    }

    /**
     * A control that disabled itself while it had the focus (Check, while it checks) would hand the focus
     * to the next control in line, a table that keeps the arrows: the views take it instead.
     */
    private void moved(Node was, Node now) {
        if (was != null && was.isDisabled() && now == null) {
            lostToDisabled = true; // the scene picks the next control at its next pulse
        } else if (lostToDisabled && now != null) {
            lostToDisabled = false;
            views.requestFocus();
        }
        TextField field = field(now);
        editing = field == null ? null : now;
        before = field == null ? null : field.getText();
    }

    /** The text field being typed in when {@code owner} has the focus: a field, or an editable spinner's. */
    private static TextField field(Node owner) {
        if (owner instanceof TextField field && field.isEditable()) {
            return field;
        }
        if (owner instanceof Spinner<?> spinner && spinner.isEditable()) {
            return spinner.getEditor();
        }
        return null;
    }
}
