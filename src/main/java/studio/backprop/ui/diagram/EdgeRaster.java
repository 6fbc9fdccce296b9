package studio.backprop.ui.diagram;

import java.util.Arrays;
import java.util.List;
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
    private double left;
    private double top;
    private double scale = 1;
    /** The edges the area and the paths were worked out for. */
    private List<Edge> placed;
    /** Blue, green, red and alpha, premultiplied: the images' own format, so writing them converts nothing. */
    private byte[] pixels = new byte[0];
    /** Each line's pixels, by its number, as indices into {@code pixels}; made when first drawn. */
    private int[][] paths = new int[0][];
    /** Two images in turn: the renderer may still be reading the last frame's while this one is written. */
    private final WritableImage[] images = new WritableImage[2];
    private int turn;

    /**
     * Clears the pixels for these edges' picture, within a canvas of {@code canvasWidth} by {@code canvasHeight}
     * at this device scale. The picture covers the edges' own area, not the canvas: every pixel of it is
     * copied into the image and again into the renderer's texture at each frame. The area is worked out once
     * for a list of edges (a layout's, whose geometry does not change) and a scale.
     */
    void start(List<Edge> edges, double canvasWidth, double canvasHeight, double deviceScale) {
        if (edges != placed || deviceScale != scale) {
            place(edges, canvasWidth, canvasHeight, deviceScale);
        }
        Arrays.fill(pixels, (byte) 0);
    }

    private void place(List<Edge> edges, double canvasWidth, double canvasHeight, double deviceScale) {
        double x0 = canvasWidth;
        double y0 = canvasHeight;
        double x1 = 0;
        double y1 = 0;
        for (Edge e : edges) {
            x0 = Math.min(x0, Math.min(e.x1(), e.x2()));
            y0 = Math.min(y0, Math.min(e.y1(), e.y2()));
            x1 = Math.max(x1, Math.max(e.x1(), e.x2()));
            y1 = Math.max(y1, Math.max(e.y1(), e.y2()));
        }
        // on the canvas's whole pixels at this scale, so each line takes the pixels it took on the whole canvas
        left = Math.max(0, Math.floor(x0 * deviceScale - 1) / deviceScale);
        top = Math.max(0, Math.floor(y0 * deviceScale - 1) / deviceScale);
        width = Math.max(1, (int) Math.ceil((Math.min(canvasWidth, x1 + 2) - left) * deviceScale));
        height = Math.max(1, (int) Math.ceil((Math.min(canvasHeight, y1 + 2) - top) * deviceScale));
        scale = deviceScale;
        placed = edges;
        pixels = new byte[4 * width * height];
        paths = new int[edges.size()][];
        images[0] = new WritableImage(width, height);
        images[1] = new WritableImage(width, height);
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
            int o = 4 * i;
            pixels[o] = (byte) (b + times(pixels[o] & 0xff, keep));
            pixels[o + 1] = (byte) (gr + times(pixels[o + 1] & 0xff, keep));
            pixels[o + 2] = (byte) (r + times(pixels[o + 2] & 0xff, keep));
            pixels[o + 3] = (byte) (a + times(pixels[o + 3] & 0xff, keep));
        }
    }

    /** The pixels of a line inside the picture: one a step along its longer axis, in 16.16 fixed point. */
    private int[] path(double x1, double y1, double x2, double y2) {
        double dx = (x2 - x1) * scale;
        double dy = (y2 - y1) * scale;
        int steps = (int) Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
        int[] at = new int[steps + 1];
        int n = 0;
        long fx = (long) ((x1 - left) * scale * 65536);
        long fy = (long) ((y1 - top) * scale * 65536);
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
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), pixels, 0,
                4 * width);
        g.setImageSmoothing(false);
        g.drawImage(image, left, top, width / scale, height / scale);
        g.setImageSmoothing(true);
    }
}
