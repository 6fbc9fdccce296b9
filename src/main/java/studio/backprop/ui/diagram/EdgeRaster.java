package studio.backprop.ui.diagram;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A big network's edges as hairlines written straight into pixels, then drawn as one image. The canvas
 * strokes each line antialiased on the render thread, and thousands of them (a 1-32x8-1 network has 7,489)
 * held it for a third of a second a frame whether stroked one by one or as one path; writing the pixels
 * here costs a few milliseconds. Which pixels a line covers is worked out once per layout (its geometry
 * does not change while training runs); a frame only blends each line's colour into them. A line's
 * opacity stands for the width it would have had.
 */
final class EdgeRaster {
    private int width;
    private int height;
    private double scale = 1;
    private int[] pixels = new int[0];
    /** Each line's pixels, by its number, as indices into {@code pixels}; made when first drawn. */
    private int[][] paths = new int[0][];
    /** Two images in turn: the renderer may still be reading the last frame's while this one is written. */
    private final WritableImage[] images = new WritableImage[2];
    private int turn;

    /** Clears the pixels for a picture of this size in device pixels, of {@code lines} lines numbered from 0. */
    void start(double logicalWidth, double logicalHeight, double deviceScale, int lines) {
        int w = Math.max(1, (int) Math.ceil(logicalWidth * deviceScale));
        int h = Math.max(1, (int) Math.ceil(logicalHeight * deviceScale));
        if (w != width || h != height || deviceScale != scale || paths.length != lines) {
            width = w;
            height = h;
            scale = deviceScale;
            pixels = new int[w * h];
            paths = new int[lines][];
            images[0] = new WritableImage(w, h);
            images[1] = new WritableImage(w, h);
        }
        Arrays.fill(pixels, 0);
    }

    /**
     * Line {@code k}, a hairline from (x1, y1) to (x2, y2) in logical pixels, in the colour at the given
     * opacity; its ends must be the same at every frame until the next size.
     */
    void line(int k, double x1, double y1, double x2, double y2, Color colour, double opacity) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, opacity)) * colour.getOpacity());
        if (a == 0) {
            return;
        }
        if (paths[k] == null) {
            paths[k] = path(x1, y1, x2, y2);
        }
        int r = (int) Math.round(colour.getRed() * a);
        int gr = (int) Math.round(colour.getGreen() * a);
        int b = (int) Math.round(colour.getBlue() * a);
        int keep = 255 - a;
        for (int i : paths[k]) {
            int d = pixels[i];
            pixels[i] = a + times(d >>> 24, keep) << 24 | r + times((d >> 16) & 0xff, keep) << 16
                    | gr + times((d >> 8) & 0xff, keep) << 8 | b + times(d & 0xff, keep);
        }
    }

    /** The pixels of a line inside the picture: one a step along its longer axis, in 16.16 fixed point. */
    private int[] path(double x1, double y1, double x2, double y2) {
        double dx = (x2 - x1) * scale;
        double dy = (y2 - y1) * scale;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        int[] at = new int[steps + 1];
        int n = 0;
        long fx = (long) (x1 * scale * 65536);
        long fy = (long) (y1 * scale * 65536);
        long ix = steps == 0 ? 0 : (long) (dx * 65536 / steps);
        long iy = steps == 0 ? 0 : (long) (dy * 65536 / steps);
        for (int k = 0; k <= steps; k++, fx += ix, fy += iy) {
            int px = (int) (fx >> 16);
            int py = (int) (fy >> 16);
            if (px >= 0 && py >= 0 && px < width && py < height) {
                at[n++] = py * width + px;
            }
        }
        return Arrays.copyOf(at, n);
    }

    /** x * k / 255, rounded, without a division: source over, premultiplied. */
    private static int times(int x, int k) {
        int t = x * k + 128;
        return (t + (t >> 8)) >> 8;
    }

    /** Draws the lines written since {@link #start} onto g, over the area they were made for. */
    void drawOn(GraphicsContext g) {
        turn = 1 - turn;
        WritableImage image = images[turn];
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        g.setImageSmoothing(false);
        g.drawImage(image, 0, 0, width / scale, height / scale);
        g.setImageSmoothing(true);
    }
}
