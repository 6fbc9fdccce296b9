package studio.backprop.ui.regression;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import studio.backprop.engine.DataSet;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;

/**
 * Many points as a density: the plot cut into cells a few pixels wide, each darker the more points fall in
 * it, written into pixels and drawn as one image. A hundred thousand circles a frame would hold the renderer
 * for seconds, and would only paint one black mass.
 */
final class PointDensity {
    /** From this many points on, the data is drawn as a density. */
    static final int MANY = 2_000;
    private int columns;
    private int rows;
    private int[] counts = new int[0];
    private int[] pixels = new int[0];
    /** Two images in turn: the renderer may still be reading the last frame's while this one is written. */
    private final WritableImage[] images = new WritableImage[2];
    private int turn;

    /** The points of {@code data} over the chart's plot area. */
    void draw(GraphicsContext g, Chart chart, DataSet data) {
        double cell = 2.5 * chart.s();
        double left = chart.left();
        double top = chart.top();
        int w = Math.max(1, (int) Math.ceil((chart.right() - left) / cell));
        int h = Math.max(1, (int) Math.ceil((chart.bottom() - top) / cell));
        if (w != columns || h != rows) {
            columns = w;
            rows = h;
            counts = new int[w * h];
            pixels = new int[w * h];
            images[0] = new WritableImage(w, h);
            images[1] = new WritableImage(w, h);
        }
        Arrays.fill(counts, 0);
        int most = 0;
        for (int k = 0; k < data.size(); k++) {
            int c = (int) Math.floor((chart.x.toPixel(data.x(k)) - left) / cell);
            int r = (int) Math.floor((chart.y.toPixel(data.y(k)) - top) / cell);
            if (c >= 0 && r >= 0 && c < w && r < h) {
                most = Math.max(most, ++counts[r * w + c]);
            }
        }
        Color ink = Palette.POINT;
        double scale = Math.log1p(Math.max(1, most));
        for (int i = 0; i < counts.length; i++) {
            // A lone point (an outlier, say) still shows plainly; the densest cell is solid.
            int a = counts[i] == 0 ? 0 : (int) Math.round(255 * (0.5 + 0.5 * Math.log1p(counts[i]) / scale));
            pixels[i] = a << 24 | (int) Math.round(ink.getRed() * a) << 16 | (int) Math.round(ink.getGreen() * a) << 8
                    | (int) Math.round(ink.getBlue() * a);
        }
        turn = 1 - turn;
        WritableImage image = images[turn];
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false); // cells, not a blur
        g.drawImage(image, left, top, w * cell, h * cell);
        g.setImageSmoothing(smooth);
    }
}
