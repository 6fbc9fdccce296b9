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
 * here costs a few milliseconds. A line's opacity stands for the width it would have had.
 */
final class EdgeRaster {
    private int width;
    private int height;
    private double scale = 1;
    private int[] pixels = new int[0];
    /** Two images in turn: the renderer may still be reading the last frame's while this one is written. */
    private final WritableImage[] images = new WritableImage[2];
    private int turn;

    /** Clears the pixels for a picture of this size in device pixels. */
    void start(double logicalWidth, double logicalHeight, double deviceScale) {
        int w = Math.max(1, (int) Math.ceil(logicalWidth * deviceScale));
        int h = Math.max(1, (int) Math.ceil(logicalHeight * deviceScale));
        if (w != width || h != height) {
            width = w;
            height = h;
            pixels = new int[w * h];
            images[0] = new WritableImage(w, h);
            images[1] = new WritableImage(w, h);
        }
        Arrays.fill(pixels, 0);
        scale = deviceScale;
    }

    /** A hairline from (x1, y1) to (x2, y2) in logical pixels, in the colour at the given opacity. */
    void line(double x1, double y1, double x2, double y2, Color colour, double opacity) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, opacity)) * colour.getOpacity());
        if (a == 0) {
            return;
        }
        int r = (int) Math.round(colour.getRed() * a);
        int gr = (int) Math.round(colour.getGreen() * a);
        int b = (int) Math.round(colour.getBlue() * a);
        int steps = (int) Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) * scale);
        for (int k = 0; k <= steps; k++) {
            double t = steps == 0 ? 0 : (double) k / steps;
            int px = (int) ((x1 + (x2 - x1) * t) * scale);
            int py = (int) ((y1 + (y2 - y1) * t) * scale);
            if (px >= 0 && py >= 0 && px < width && py < height) {
                blend(py * width + px, a, r, gr, b);
            }
        }
    }

    /** Source over, premultiplied. */
    private void blend(int i, int a, int r, int g, int b) {
        int d = pixels[i];
        int keep = 255 - a;
        int da = a + ((d >>> 24) * keep + 127) / 255;
        int dr = r + (((d >> 16) & 0xff) * keep + 127) / 255;
        int dg = g + (((d >> 8) & 0xff) * keep + 127) / 255;
        int db = b + ((d & 0xff) * keep + 127) / 255;
        pixels[i] = da << 24 | dr << 16 | dg << 8 | db;
    }

    /** Draws the lines written since {@link #start} onto g, over the area they were made for. */
    void drawOn(GraphicsContext g) {
        turn = 1 - turn;
        WritableImage image = images[turn];
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        g.drawImage(image, 0, 0, width / scale, height / scale);
    }
}
