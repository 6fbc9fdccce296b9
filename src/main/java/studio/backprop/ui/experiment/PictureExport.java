package studio.backprop.ui.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * File ▸ Export window PNG and Export each view PNG: at the screen's size, or twice it for slides and
 * handouts (the default), and then a word of what was written where.
 */
final class PictureExport {
    private final CheckMenuItem twice = new CheckMenuItem("PNG at twice the screen size");

    PictureExport() {
        twice.setId("pngTwiceItem");
        twice.setSelected(true);
    }

    /** The File menu's switch between the screen's size and twice it. */
    CheckMenuItem sizeItem() {
        return twice;
    }

    BooleanProperty twiceProperty() {
        return twice.selectedProperty();
    }

    private double factor() {
        return twice.isSelected() ? 2 : 1;
    }

    /** What a failed file says: where and why. */
    interface Problem {
        void report(Path file, IOException e);
    }

    /**
     * Writes each node as a PNG named after it into {@code folder}.
     *
     * @return what was written where, for the user; empty when nothing was
     */
    String writeEach(Map<String, Node> views, Path folder, Problem problem) {
        List<String> written = new ArrayList<>();
        views.forEach((title, node) -> {
            Path p = folder.resolve(Exports.fileName(title));
            try {
                written.add(describe(p, Exports.writePng(node, p, factor())));
            } catch (IOException e) {
                problem.report(p, e);
            }
        });
        if (written.isEmpty()) {
            return "";
        }
        return "Wrote " + written.size() + (written.size() == 1 ? " picture" : " pictures") + size() + " into "
                + folder + ":\n" + String.join("\n", written);
    }

    /** Writes one node as a PNG; @return what was written where, empty when it failed */
    String write(Node node, Path file, Problem problem) {
        try {
            return "Wrote " + describe(file, Exports.writePng(node, file, factor())) + size() + " into "
                    + file.toAbsolutePath().getParent();
        } catch (IOException e) {
            problem.report(file, e);
            return "";
        }
    }

    /** Puts a picture of the node on the clipboard, for a slide; @return what was copied */
    String copy(Node node, String title) {
        WritableImage image = Exports.image(node, factor());
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        return String.format(Locale.ROOT, "Copied the %s view to the clipboard as a picture of %d x %d pixels%s.",
                title.toLowerCase(Locale.ROOT), (int) image.getWidth(), (int) image.getHeight(), size());
    }

    private String size() {
        return twice.isSelected() ? " at twice the screen size" : " at the screen's size";
    }

    private static String describe(Path file, int[] size) {
        return file.getFileName() + " (" + size[0] + " x " + size[1] + " pixels)";
    }
}
