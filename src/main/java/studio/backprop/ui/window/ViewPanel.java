package studio.backprop.ui.window;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A titled frame around one view, with that view's own options at the right of its title. */
public final class ViewPanel extends VBox {

    public ViewPanel(String title, Region view, Node... options) {
        getStyleClass().add("view-panel");
        Label caption = new Label(title);
        caption.getStyleClass().add("view-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, caption, spacer);
        header.getChildren().addAll(options);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("view-header");
        VBox.setVgrow(view, Priority.ALWAYS);
        view.setMinSize(0, 0);
        getChildren().addAll(header, view);
    }
}
