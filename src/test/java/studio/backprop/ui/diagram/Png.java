package studio.backprop.ui.diagram;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javax.imageio.ImageIO;

/** Renders a view to a PNG so a person can look at it. Call on the FX thread. */
final class Png {
    private Png() {
    }

    static void write(NetworkDiagramView view, double width, double height, File file) {
        write(view, width, height, Double.NaN, Double.NaN, file);
    }

    /** With the pointer at (mouseX, mouseY) unless NaN, to show the read-out. */
    static void write(NetworkDiagramView view, double width, double height, double mouseX, double mouseY, File file) {
        Scene scene = new Scene(view, width, height);
        view.applyCss();
        view.layout();
        if (!Double.isNaN(mouseX)) {
            hover(view, mouseX, mouseY);
            view.layout();
        }
        try {
            file.getParentFile().mkdirs();
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mouse move at view coordinates, the view being its scene's root. */
    static void hover(NetworkDiagramView view, double x, double y) {
        view.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }
}
