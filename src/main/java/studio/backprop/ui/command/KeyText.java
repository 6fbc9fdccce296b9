package studio.backprop.ui.command;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination.ModifierValue;

/**
 * A key as the tooltips, the shortcuts dialog and the README write it: "Ctrl+Shift+S", "Page Down".
 * Not {@link KeyCodeCombination#getDisplayText()}, which differs from platform to platform, so the
 * README could not be checked against it. Ctrl stands for the shortcut key, Cmd on a Mac, as the shortcuts
 * dialog and the README say.
 */
final class KeyText {
    private KeyText() {
    }

    static String of(KeyCodeCombination key) {
        StringBuilder text = new StringBuilder();
        if (key.getShortcut() == ModifierValue.DOWN || key.getControl() == ModifierValue.DOWN) {
            text.append("Ctrl+");
        }
        if (key.getAlt() == ModifierValue.DOWN) {
            text.append("Alt+");
        }
        if (key.getShift() == ModifierValue.DOWN) {
            text.append("Shift+");
        }
        if (key.getMeta() == ModifierValue.DOWN) {
            text.append("Meta+");
        }
        // "Right" alone reads as a word, not a key; Up and Down are clear beside each other.
        return text.append(key.getCode() == KeyCode.RIGHT ? "Right arrow" : key.getCode().getName()).toString();
    }
}
