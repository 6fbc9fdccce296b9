package studio.backprop.ui.experiment;

import javafx.scene.control.Label;

/**
 * The line under a group of controls that says why an edit was refused. Refusals are normal in a
 * classroom (removing the last neuron, the ninth layer), so they are said in place, not in a dialog.
 */
final class EditMessage extends Label {
    EditMessage(String id) {
        setId(id);
        getStyleClass().add("edit-message");
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
        managedProperty().bind(textProperty().isNotEmpty());
        visibleProperty().bind(managedProperty());
    }

    /** Runs an edit; a refused one is explained here and, the editor being unchanged, nothing else changes. */
    boolean run(Runnable edit) {
        try {
            edit.run();
            setText("");
            return true;
        } catch (IllegalArgumentException e) {
            setText(e.getMessage());
            return false;
        }
    }
}
