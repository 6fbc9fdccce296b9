package studio.backprop.ui.experiment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import studio.backprop.io.AtomicWrite;
import studio.backprop.io.Decimals;
import studio.backprop.training.LossHistory;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.SnapshotCanvasPane;

/** What File ▸ Export writes besides the experiment's own files: the loss history and pictures. */
public final class Exports {
    public static final String LOSS_HEADER = "iteration,rss_min,rss_max,rss_last";

    private Exports() {
    }

    /**
     * One row per bucket of the decimated history, then the weights shown now, whose RSS the history does
     * not hold yet (it records each iteration's RSS as the next one starts). Values round-trip exactly.
     */
    public static String lossCsv(TrainingSnapshot s) {
        StringBuilder csv = new StringBuilder(LOSS_HEADER).append('\n');
        LossHistory.Frozen h = s.history();
        for (int k = 0; k < h.size(); k++) {
            row(csv, h.first(k), h.min(k), h.max(k), h.last(k));
        }
        row(csv, s.iteration(), s.rss(), s.rss(), s.rss());
        return csv.toString();
    }

    public static void writeLossCsv(TrainingSnapshot s, Path file) throws IOException {
        AtomicWrite.write(file, lossCsv(s));
    }

    /**
     * The node as it looks on screen, {@code factor} times larger: a view is drawn afresh at that size, so
     * it stays sharp; other nodes are scaled. FX thread.
     *
     * @return the picture's width and height in pixels
     */
    /** A node drawn at {@code factor} times its size: a view drawn afresh at that size, any other scaled. */
    static WritableImage image(Node node, double factor) {
        if (node instanceof SnapshotCanvasPane view) {
            return view.render(factor);
        }
        SnapshotParameters scaled = new SnapshotParameters();
        scaled.setTransform(Transform.scale(factor, factor));
        return node.snapshot(scaled, null);
    }

    public static int[] writePng(Node node, Path file, double factor) throws IOException {
        WritableImage image = image(node, factor);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png)) {
            throw new IOException("no PNG writer");
        }
        AtomicWrite.write(file, png.toByteArray());
        return new int[] {(int) image.getWidth(), (int) image.getHeight()};
    }

    /** "Network: weights" → "network-weights.png": a file name from a view's title. */
    public static String fileName(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (slug.isEmpty() ? "view" : slug) + ".png";
    }

    private static void row(StringBuilder csv, long iteration, double min, double max, double last) {
        csv.append(iteration).append(',').append(Decimals.exact(min)).append(',').append(Decimals.exact(max))
                .append(',').append(Decimals.exact(last)).append('\n');
    }
}
