package studio.backprop.ui.experiment;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Edit ▸ Edit data table… : the table in a window of its own beside the main one, not modal, so the
 * views can be watched following each edit. Made on first use and kept.
 */
final class DataTableWindow {
    private final ExperimentSession session;
    private final Supplier<Window> owner;
    private Stage stage;

    DataTableWindow(ExperimentSession session, Supplier<Window> owner) {
        this.session = session;
        this.owner = owner;
    }

    void show() {
        if (stage == null) {
            DataTableEditor editor = new DataTableEditor(session.editor(), session.model().selectedPointProperty());
            editor.getStyleClass().add("side-panel");
            session.model().presentationProperty().addListener((obs, was, on) -> presentation(editor, on));
            presentation(editor, session.model().presentationProperty().get());
            boolean large = session.model().presentationProperty().get();
            // Close, or Esc (the cancel button's key), as any small window of a desktop app offers.
            Button close = new Button("Close");
            close.setId("closeDataTable");
            close.setCancelButton(true);
            close.setOnAction(e -> stage.hide());
            HBox buttons = new HBox(close);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            editor.getChildren().add(buttons);
            Scene scene = new Scene(editor, large ? 480 : 360, large ? 680 : 520);
            scene.getStylesheets().add(DataTableWindow.class.getResource("/studio/backprop/ui/studio.css")
                    .toExternalForm());
            stage = new Stage();
            stage.initOwner(owner.get());
            stage.setTitle("Data points - Backprop Studio");
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    /** The window, once shown: for tests. */
    Stage stage() {
        return stage;
    }

    /** Presentation mode reaches this window too; inline, as the stylesheet's rule is for the main window. */
    private static void presentation(Parent root, boolean on) {
        root.setStyle(on ? "-fx-font-size: 20px;" : "");
    }
}
