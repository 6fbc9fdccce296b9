package studio.backprop.ui.loss;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import studio.backprop.training.LossHistory;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.Polyline;

/**
 * Draws a decimated loss history: min-max bands and the line through each bucket's last value, ending
 * at the current point. Thousands of buckets may share a few hundred pixel columns, so bands are merged
 * per column into one polygon and the line keeps about one vertex per column.
 */
final class BucketPath {

    /** The last iteration bucket k covers: the one its last value belongs to. */
    static long lastIteration(LossHistory.Frozen h, int k, long end) {
        long next = k + 1 < h.size() ? h.first(k + 1) : end;
        return Math.max(h.first(k), next - 1);
    }

    void draw(GraphicsContext g, LossHistory.Frozen h, long end, double rss, LossHistoryView view, Chart chart) {
        draw(g, h, end, rss, view, chart, Palette.LOSS, Palette.LOSS_BAND, false);
    }

    /** In a colour of its own; dashed for a second curve of the same run (the held-out points' RSS). */
    void draw(GraphicsContext g, LossHistory.Frozen h, long end, double rss, LossHistoryView view, Chart chart,
              Color line, Color band, boolean dashed) {
        if (band.getOpacity() > 0) {
            drawBands(g, h, end, view, band);
        }
        drawLine(g, h, end, rss, view, chart, line, dashed);
    }

    /**
     * The bands as one polygon per unbroken run of columns: its top edge left to right, its bottom
     * edge back. One fill is far cheaper to render than hundreds of rectangles, in software above all.
     */
    private void drawBands(GraphicsContext g, LossHistory.Frozen h, long end, LossHistoryView view, Color band) {
        g.setFill(band);
        int n = 0;
        double column = Double.NaN;
        for (int k = 0; k < h.size(); k++) {
            double hi = h.max(k);
            double lo = h.min(k);
            if (!(hi > lo) || !Double.isFinite(lo)) {
                continue; // a single value, or not a number: only the line shows it
            }
            double x0 = Math.floor(view.xOf(h.first(k)));
            double x1 = Math.floor(view.xOf(lastIteration(h, k, end))) + 1;
            if (!Double.isFinite(x0) || !Double.isFinite(x1)) {
                continue;
            }
            // Columns gather RSS values, not pixels: the log scale is then taken once a column, not once a bucket.
            if (n > 0 && x0 <= column) { // the same pixel column: widen it
                high[n - 1] = Math.max(high[n - 1], hi);
                low[n - 1] = Math.min(low[n - 1], lo);
                right[n - 1] = Math.max(right[n - 1], x1);
                continue;
            }
            if (n > 0 && x0 > right[n - 1] + 1) { // a gap: close this polygon, start another
                fillRun(g, n, view);
                n = 0;
            }
            ensure(n + 1);
            left[n] = x0;
            right[n] = Math.max(x1, x0 + 1);
            high[n] = hi;
            low[n] = lo;
            column = x0;
            n++;
        }
        fillRun(g, n, view);
    }

    private double[] left = new double[256];
    private double[] right = new double[256];
    private double[] high = new double[256];
    private double[] low = new double[256];
    private double[] polyX = new double[1024];
    private double[] polyY = new double[1024];

    private void ensure(int n) {
        if (n > left.length) {
            int size = Math.max(n, left.length * 2);
            left = Arrays.copyOf(left, size);
            right = Arrays.copyOf(right, size);
            high = Arrays.copyOf(high, size);
            low = Arrays.copyOf(low, size);
        }
        if (4 * n > polyX.length) {
            polyX = new double[8 * n];
            polyY = new double[8 * n];
        }
    }

    /** Columns 0..n-1 as one polygon: along the tops to the right, back along the bottoms. */
    private void fillRun(GraphicsContext g, int n, LossHistoryView view) {
        if (n == 0) {
            return;
        }
        for (int c = 0; c < n; c++) {
            double top = view.yOf(high[c]);
            if (!Double.isFinite(top)) {
                top = -1e6; // an infinite spike: to the top of the plot, whose margin is painted over
            }
            double bottom = Math.max(view.yOf(low[c]), top + 1);
            int ahead = 2 * c; // along the tops, left to right
            int back = 4 * n - 2 - 2 * c; // along the bottoms, right to left
            polyX[ahead] = left[c];
            polyY[ahead] = top;
            polyX[ahead + 1] = right[c];
            polyY[ahead + 1] = top;
            polyX[back] = right[c];
            polyY[back] = bottom;
            polyX[back + 1] = left[c];
            polyY[back + 1] = bottom;
        }
        g.fillPolygon(polyX, polyY, 4 * n);
    }

    private final Polyline polyline = new Polyline();

    private void drawLine(GraphicsContext g, LossHistory.Frozen h, long end, double rss, LossHistoryView view,
                          Chart chart, Color line, boolean dashed) {
        g.setStroke(line);
        g.setLineWidth(chart.curveWidth());
        if (dashed) {
            g.setLineDashes(9 * chart.s(), 6 * chart.s());
        } else {
            g.setLineDashes();
        }
        polyline.begin(g);
        boolean open = false;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 0; k <= h.size(); k++) {
            boolean current = k == h.size();
            double value = current ? rss : h.last(k);
            if (!Double.isFinite(value)) {
                open = false; // a gap where RSS was not a number
                continue;
            }
            long iteration = current ? end : lastIteration(h, k, end);
            double px = view.xOf(iteration);
            if (!Double.isFinite(px)) {
                open = false;
                continue;
            }
            if (open && !current && px - lastX < 0.5) {
                k = nextVertex(h, k, end, view, lastX) - 1; // within half a pixel of the last vertex: skipped
                continue;
            }
            double py = view.yOf(value);
            if (!open) {
                polyline.moveTo(px, py);
                open = true;
            } else if (current || px - lastX >= 1 || Math.abs(py - lastY) >= 0.5) {
                polyline.lineTo(px, py);
            } else {
                continue;
            }
            lastX = px;
            lastY = py;
        }
        polyline.stroke();
        g.setLineDashes();
    }

    /**
     * The first bucket after k that lies half a pixel or more right of {@code lastX}, or the first one whose
     * value is not a number, or the end: the buckets between would all be skipped one by one. Thousands of
     * buckets share a pixel when a run is long, so they are searched, not walked.
     */
    private static int nextVertex(LossHistory.Frozen h, int k, long end, LossHistoryView view, double lastX) {
        int lo = k + 1;
        int hi = Math.min(h.size(), Math.max(h.firstGap(), lo));
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (view.xOf(lastIteration(h, mid, end)) - lastX < 0.5) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The newest value as a dot, so a lone point at iteration 0 shows too; drawn unclipped, whole. */
    static void drawCurrent(GraphicsContext g, long end, double rss, LossHistoryView view, Chart chart) {
        drawCurrent(g, end, rss, view, chart, Palette.LOSS);
    }

    static void drawCurrent(GraphicsContext g, long end, double rss, LossHistoryView view, Chart chart, Color colour) {
        double px = view.xOf(end);
        double py = view.yOf(rss);
        if (Double.isFinite(px) && Double.isFinite(py)) {
            double r = 3.5 * chart.s();
            g.setFill(colour);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
        }
    }
}
