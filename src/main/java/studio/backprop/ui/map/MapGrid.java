package studio.backprop.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Network;
import studio.backprop.engine.Predictor;

/**
 * A network's output over an n by n grid of the input square, one forward pass for all of it, with the
 * field as an image of one pixel per grid point (scaled up smoothly when drawn) and the boundary found
 * by marching squares. Made once per network and resolution; immutable once made.
 */
final class MapGrid {
    private final Network network;
    private final DataSet data;
    private final int n;
    /** values[j * n + i]: the output at x1 = the i-th value, x2 = the j-th, from lo. */
    private final double[] values;
    private final int[] pixels;
    private WritableImage image;

    private MapGrid(Network network, DataSet data, int n) {
        this.network = network;
        this.data = data;
        this.n = n;
        values = new double[n * n];
        pixels = new int[n * n];
    }

    /**
     * {@code network}'s output at n by n points of the data's square, the field coloured on the scale. Any
     * thread: it touches nothing shared, and the image is made on the FX thread when first drawn.
     */
    static MapGrid evaluate(Network network, DataSet data, int n, MapScale scale) {
        MapGrid grid = new MapGrid(network, data, n);
        InputDomain domain = InputDomain.of(data);
        double[] xs = new double[2 * n * n];
        for (int j = 0; j < n; j++) {
            double x2 = domain.at(1, j, n);
            for (int i = 0; i < n; i++) {
                xs[2 * (j * n + i)] = domain.at(0, i, n);
                xs[2 * (j * n + i) + 1] = x2;
            }
        }
        Predictor p = new Predictor(network).over(xs, n * n);
        for (int k = 0; k < n * n; k++) {
            grid.values[k] = p.select(k).output();
        }
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) { // the image's top row is the highest x2
                grid.pixels[(n - 1 - j) * n + i] = MapColours.field(scale.signed(grid.values[j * n + i]));
            }
        }
        return grid;
    }

    /** Whether this is the field of {@code network} over {@code data}'s square. */
    boolean of(Network network, DataSet data) {
        return this.network == network && this.data.equals(data);
    }

    int size() {
        return n;
    }

    /** The output at grid point (i, j). */
    double value(int i, int j) {
        return values[j * n + i];
    }

    /**
     * The field over the pixels the grid's corners land on: each grid point at the centre of its image
     * pixel, so the picture is as far from the grid as half a cell, and no further.
     */
    void drawField(GraphicsContext g, double left, double top, double right, double bottom, boolean smooth) {
        double cw = (right - left) / (n - 1);
        double ch = (bottom - top) / (n - 1);
        if (image == null) {
            image = new WritableImage(n, n);
            image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
        }
        // Smoothing the coarse field costs the software renderer a few ms a frame while training runs;
        // its cells show as squares then, the fine field paused is smooth.
        g.setImageSmoothing(smooth);
        g.drawImage(image, left - cw / 2, top - ch / 2, right - left + cw, bottom - top + ch);
    }

    /**
     * The contour at {@code level} as one path of segments, between the pixels the corners land on. In a
     * cell where it crosses all four sides, the cell's mean decides which way the two segments pair.
     */
    void strokeContour(GraphicsContext g, double level, double left, double top, double right, double bottom) {
        double cw = (right - left) / (n - 1);
        double ch = (bottom - top) / (n - 1);
        double[] cx = new double[4];
        double[] cy = new double[4];
        g.beginPath();
        for (int j = 0; j + 1 < n; j++) {
            for (int i = 0; i + 1 < n; i++) {
                double v00 = value(i, j) - level;
                double v10 = value(i + 1, j) - level;
                double v11 = value(i + 1, j + 1) - level;
                double v01 = value(i, j + 1) - level;
                int m = 0;
                double x0 = left + i * cw;
                double y0 = bottom - j * ch;
                if (crosses(v00, v10)) { // along the cell's lower side, then round anticlockwise
                    cx[m] = x0 + cw * v00 / (v00 - v10);
                    cy[m++] = y0;
                }
                if (crosses(v10, v11)) {
                    cx[m] = x0 + cw;
                    cy[m++] = y0 - ch * v10 / (v10 - v11);
                }
                if (crosses(v11, v01)) {
                    cx[m] = x0 + cw - cw * v11 / (v11 - v01);
                    cy[m++] = y0 - ch;
                }
                if (crosses(v01, v00)) {
                    cx[m] = x0;
                    cy[m++] = y0 - ch + ch * v01 / (v01 - v00);
                }
                if (m == 2) {
                    segment(g, cx[0], cy[0], cx[1], cy[1]);
                } else if (m == 4) {
                    // the middle on v00's side joins v00 to v11: the segments cut off the other two corners
                    boolean joined = (v00 + v10 + v11 + v01) / 4 >= 0 == v00 >= 0;
                    segment(g, cx[0], cy[0], cx[joined ? 1 : 3], cy[joined ? 1 : 3]);
                    segment(g, cx[2], cy[2], cx[joined ? 3 : 1], cy[joined ? 3 : 1]);
                }
            }
        }
        g.stroke();
    }

    private static boolean crosses(double a, double b) {
        return a >= 0 != b >= 0 && !Double.isNaN(a) && !Double.isNaN(b);
    }

    private static void segment(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.moveTo(x0, y0);
        g.lineTo(x1, y1);
    }
}
