package studio.backprop.ui.controls;

import javafx.geometry.Bounds;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Says at once why a field refused what was typed: the field is marked and a note opens under it, where
 * the eye already is, until the text changes or the field is left. The note stays as the field's tooltip.
 */
public final class FieldNote {
    private final TextInputControl field;
    private final String hint;
    private final Tooltip note = new Tooltip();

    /** @param hint the tooltip while nothing is wrong */
    FieldNote(TextInputControl field, String hint) {
        this.field = field;
        this.hint = hint;
        note.getStyleClass().add("field-note");
        note.setShowDuration(Duration.INDEFINITE);
        field.setTooltip(new Tooltip(hint));
        field.textProperty().addListener((obs, was, now) -> note.hide());
        field.focusedProperty().addListener((obs, was, focused) -> note.hide());
    }

    void refuse(String why) {
        if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
        note.setText(why);
        note.setStyle("-fx-font-size: " + field.getFont().getSize() + "px;"); // presentation mode's size too
        field.setTooltip(new Tooltip(why));
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b != null && field.getScene() != null && field.getScene().getWindow() != null) {
            note.show(field, b.getMinX(), b.getMaxY() + 2);
        }
    }

    void accept() {
        field.getStyleClass().remove("invalid");
        field.setTooltip(new Tooltip(hint));
        note.hide();
    }

    /** The note under the field, open while a refusal is shown. */
    public Tooltip note() {
        return note;
    }
}
