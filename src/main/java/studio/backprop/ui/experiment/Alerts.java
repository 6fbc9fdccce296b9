package studio.backprop.ui.experiment;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import studio.backprop.ui.command.Command;

/** The app's few message boxes. Their wording lives here so the menus and the session stay free of it. */
public final class Alerts {
    private Alerts() {
    }

    /** Makes the session ask and report with message boxes over the window. */
    public static void install(ExperimentSession session, Supplier<Window> owner) {
        session.setAskToSave(question -> askToSave(owner.get(), question));
        session.setErrorReporter(message -> error(owner.get(), message));
    }

    /**
     * Save, Don't Save or Cancel, Save the default (Enter) and Cancel the answer to Esc or closing the box.
     *
     * @param question a first line, the question, and a second that says what would be lost
     */
    public static SaveChoice askToSave(Window owner, String question) {
        String[] lines = question.split("\n", 2);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, lines[0], lines.length > 1 ? lines[1] : "");
        alert.getButtonTypes().setAll(save, dontSave, cancel);
        for (ButtonType type : alert.getButtonTypes()) {
            ((Button) alert.getDialogPane().lookupButton(type)).setDefaultButton(type == save);
        }
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == dontSave ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    /** A word of what was done, not blocking: training goes on behind it. */
    public static void info(Window owner, String header, String message) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, header, message);
        alert.initModality(Modality.NONE);
        alert.show();
    }

    public static void error(Window owner, String message) {
        alert(owner, Alert.AlertType.ERROR, "That did not work", message).showAndWait();
    }

    /** Help ▸ Keyboard shortcuts: each command's keys and what it does, as {@link Command} declares them. */
    public static void shortcuts(Window owner) {
        GridPane table = new GridPane();
        table.setHgap(24);
        table.setVgap(6);
        for (Command c : Command.values()) {
            Label keys = new Label(c.keysText());
            keys.setStyle("-fx-font-weight: bold");
            table.addRow(c.ordinal(), keys, new Label(c.text()));
        }
        table.add(new Label("Ctrl is Cmd on a Mac."), 0, Command.values().length, 2, 1);
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
