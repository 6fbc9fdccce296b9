package studio.backprop.ui.window;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import studio.backprop.ui.SnapshotCanvasPane;

/**
 * One live view as the window registers it: the window builds its panel, its View-menu toggles and its
 * export from this alone, so a new view is one class and one entry in {@link StandardViews}.
 *
 * @param title       the panel's caption
 * @param exportName  its name under File ▸ Export each view (the PNG's file name)
 * @param view        the view itself
 * @param options     the controls at the right of the panel's caption
 * @param toggles     its switches in the View menu, in order
 * @param share       its share of the height of the right-hand stack (unused for the first view, which
 *                    fills the left half)
 * @param presentationShare the same in presentation mode, where large text needs room differently
 */
public record StudioView(String title, String exportName, SnapshotCanvasPane view, List<Node> options,
                         List<Toggle> toggles, double share, double presentationShare) {

    public StudioView {
        options = List.copyOf(options);
        toggles = List.copyOf(toggles);
    }

    /** A View-menu switch: its label and what it switches. */
    public record Toggle(String label, BooleanProperty property) {
    }
}
