package studio.backprop.ui.chart;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.Palette;

/** Reads what a canvas view actually drew. */
public final class Pixels {
    private Pixels() {
    }

    /** The canvas as drawn, after the pending layout (and so the pending redraw). */
    public static Image grab(Canvas canvas) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                canvas.getParent().layout();
                return (Image) canvas.snapshot(null, null);
            }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** A translucent colour as it shows on the background. */
    public static Color onBackground(Color c) {
        Color b = Palette.BACKGROUND;
        double a = c.getOpacity();
        return new Color(c.getRed() * a + b.getRed() * (1 - a), c.getGreen() * a + b.getGreen() * (1 - a),
                c.getBlue() * a + b.getBlue() * (1 - a), 1);
    }

    public static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    /** Whether a pixel within {@code radius} of (x, y) has about the expected colour. */
    public static boolean near(Image image, double x, double y, int radius, Color expected) {
        return closest(image, x, y, radius, expected) < 0.12;
    }

    /** The smallest colour distance to {@code expected} within {@code radius} of (x, y). */
    public static double closest(Image image, double x, double y, int radius, Color expected) {
        PixelReader r = image.getPixelReader();
        Color want = onBackground(expected);
        double best = Double.MAX_VALUE;
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        for (int i = cx - radius; i <= cx + radius; i++) {
            for (int j = cy - radius; j <= cy + radius; j++) {
                if (i >= 0 && j >= 0 && i < image.getWidth() && j < image.getHeight()) {
                    best = Math.min(best, distance(r.getColor(i, j), want));
                }
            }
        }
        return best;
    }
}
