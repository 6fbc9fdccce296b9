package studio.backprop.ui.experiment;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import studio.backprop.engine.DataSet;
import studio.backprop.io.Columns;
import studio.backprop.io.DataFile;
import studio.backprop.io.InputException;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * Points to and from a spreadsheet through the system clipboard: copied tab-separated with a header, and
 * pasted from rows a spreadsheet copied (tabs, a header or none, decimal comma or point), added after the
 * points or in their place, as one undoable edit. Rows that cannot all be read change nothing.
 */
final class DataClipboard {
    /** Names the clipboard's text in messages about it. */
    static final String PASTED = "the pasted rows";

    /** Asks whether pasted points replace the points there (true) or follow them (false); empty: cancelled. */
    interface AddOrReplace {
        Optional<Boolean> ask(int pasted, int there);
    }

    private final ExperimentEditor editor;
    private final Consumer<String> problems;
    private AddOrReplace ask = DataClipboard::askInADialog;

    /** @param problems says why a paste was refused; "" when one went through */
    DataClipboard(ExperimentEditor editor, Consumer<String> problems) {
        this.editor = editor;
        this.problems = problems;
    }

    void setAsk(AddOrReplace ask) {
        this.ask = ask;
    }

    /** Copies points {@code rows} (from 0), every point when none are given. */
    void copy(int[] rows) {
        ClipboardContent content = new ClipboardContent();
        content.putString(DataFile.toTabbed(editor.state().data(), rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Reads the clipboard's rows and, once asked whether they add or replace, makes them the points. */
    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            problems.accept("Nothing to paste: the clipboard holds no text (copy rows of x and y in a spreadsheet)");
            return;
        }
        DataFile.Imported read;
        try {
            read = DataFile.pasted(text, PASTED, Columns.of(editor.state().data()));
        } catch (InputException e) {
            problems.accept(e.getMessage());
            return;
        }
        Optional<Boolean> replace = ask.ask(read.data().size(), editor.state().data().size());
        if (replace.isPresent()) {
            try {
                DataSet more = read.data();
                boolean instead = replace.get();
                editor.edit(s -> s.withData(instead ? more : s.data().followedBy(more)), String.format(Locale.ROOT,
                        "paste %s (%s), %s", count(more.size()), read.dialect().describe(),
                        instead ? "in place of the points before" : "after the others"));
                problems.accept("");
            } catch (IllegalArgumentException refused) {
                problems.accept(refused.getMessage());
            }
        }
    }

    private static Optional<Boolean> askInADialog(int pasted, int there) {
        ButtonType add = new ButtonType("Add " + count(pasted), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType("Replace the " + count(there), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", add, replace, ButtonType.CANCEL);
        alert.setTitle("Paste points");
        alert.setHeaderText("Paste " + count(pasted) + ": add them after the " + count(there)
                + " there, or put them in their place?");
        return alert.showAndWait().filter(b -> b != ButtonType.CANCEL).map(b -> b == replace);
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d point%s", n, n == 1 ? "" : "s");
    }
}
