package studio.backprop.ui.window;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import studio.backprop.ui.command.Command;

/**
 * A titled frame around one view, with that view's own options at the right of its title. The title is
 * never cut short: the options wrap onto a second row first. Where the view is a tab, the tab says the title instead.
 */
public final class ViewPanel extends VBox {
    private final Label caption;
    private final HBox header;
    private final FlowPane options;
    private Region view;

    public ViewPanel(String title, Region view, Node... options) {
        getStyleClass().add("view-panel");
        caption = new Label(title);
        caption.getStyleClass().add("view-title");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        caption.managedProperty().bind(caption.visibleProperty());
        // The options flow right-aligned beside the title, onto a second row where they do not fit in one.
        this.options = new FlowPane(8, 4, options);
        this.options.setAlignment(Pos.CENTER_RIGHT);
        // (a flow's least width is its widest option's: narrower, an option would be drawn over the title)
        HBox.setHgrow(this.options, Priority.ALWAYS);
        this.view = view;
        header = new HBox(8, caption, this.options);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("view-header");
        VBox.setVgrow(view, Priority.ALWAYS);
        view.setMinSize(0, 0);
        getChildren().addAll(header, view);
    }

    /** Shows another view with its title and options in this frame (the output map for the regression plot). */
    void show(String title, Region other, Node... options) {
        caption.setText(title);
        this.options.getChildren().setAll(options);
        VBox.setVgrow(other, Priority.ALWAYS);
        other.setMinSize(0, 0);
        getChildren().set(1, other);
        view = other;
    }

    /** A right-click on the title offers to copy the view as a picture, which {@code copy} does. */
    void setOnCopyPicture(java.util.function.Consumer<Node> copy) {
        MenuItem item = new MenuItem("Copy picture (" + Command.COPY_VIEW.key() + " on the view)");
        item.setId("copyPicture");
        item.setOnAction(e -> copy.accept(this.view));
        ContextMenu menu = new ContextMenu(item);
        header.setOnContextMenuRequested(e -> menu.show(header, e.getScreenX(), e.getScreenY()));
        header.setOnMouseClicked(e -> { // where the platform sends no context-menu request for a right click
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(header, e.getScreenX(), e.getScreenY());
            }
        });
    }

    Region view() {
        return view;
    }

    public String caption() {
        return caption.getText();
    }

    /** The caption's font: the em the window's arrangement measures in. */
    ReadOnlyObjectProperty<Font> captionFont() {
        return caption.fontProperty();
    }

    void showCaption(boolean shown) {
        caption.setVisible(shown);
    }
}
