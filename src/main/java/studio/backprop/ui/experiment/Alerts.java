package studio.backprop.ui.experiment;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The app's few message boxes. Their wording lives here so the menus and the session stay free of it. */
public final class Alerts {
    /** Key and what it does, for Help ▸ Keyboard shortcuts. */
    public record Shortcut(String keys, String action) {
    }

    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Space", "run / pause"),
            new Shortcut("Right", "one step"),
            new Shortcut("R", "reset to the initial weights"),
            new Shortcut("Up / Down", "double / halve the learning rate"),
            new Shortcut("E", "the experiment panel: presets, layers, initial weights"),
            new Shortcut("W", "the worked example and the gradient check"),
            new Shortcut("N / P (Page Down / Up)", "next / previous phase of one iteration; Esc leaves"),
            new Shortcut("F5", "presentation mode"),
            new Shortcut("F11", "full screen"),
            new Shortcut("F12", "frame rate read-out"),
            new Shortcut("Ctrl+Z / Ctrl+Y", "undo / redo (Cmd on a Mac)"),
            new Shortcut("Ctrl+O / Ctrl+S / Ctrl+Shift+S", "open / save / save as"),
            new Shortcut("Delete or Backspace", "remove the selected point"));

    private Alerts() {
    }

    /** Makes the session ask and report with message boxes over the window. */
    public static void install(ExperimentSession session, Supplier<Window> owner) {
        session.setConfirmDiscard(question -> confirmDiscard(owner.get(), question));
        session.setErrorReporter(message -> error(owner.get(), message));
    }

    /** @param question a first line, the question, and a second that says what would be lost */
    public static boolean confirmDiscard(Window owner, String question) {
        String[] lines = question.split("\n", 2);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, lines[0], lines.length > 1 ? lines[1] : "");
        alert.getButtonTypes().setAll(discard, keep);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    public static void error(Window owner, String message) {
        alert(owner, Alert.AlertType.ERROR, "That did not work", message).showAndWait();
    }

    public static void shortcuts(Window owner) {
        GridPane table = new GridPane();
        table.setHgap(24);
        table.setVgap(6);
        for (int row = 0; row < SHORTCUTS.size(); row++) {
            Label keys = new Label(SHORTCUTS.get(row).keys());
            keys.setStyle("-fx-font-weight: bold");
            table.addRow(row, keys, new Label(SHORTCUTS.get(row).action()));
        }
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, "Keyboard shortcuts", null);
        alert.getDialogPane().setContent(table);
        alert.showAndWait();
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, String content) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle("Backprop Studio");
        alert.setHeaderText(header);
        alert.setContentText(content);
        return alert;
    }
}
