package studio.backprop.ui.loss;

import javafx.scene.canvas.GraphicsContext;
import studio.backprop.training.LossHistory;
import studio.backprop.ui.Palette;
import studio.backprop.ui.regression.Chart;

/**
 * Draws a decimated loss history: min-max bands and the line through each bucket's last value, ending
 * at the current point. Thousands of buckets may share a few hundred pixel columns, so bands are merged
 * per column (one rectangle each) and the line skips points that would land on the same pixel.
 */
final class BucketPath {

    /** The last iteration bucket k covers: the one its last value belongs to. */
    static long lastIteration(LossHistory.Frozen h, int k, long end) {
        long next = k + 1 < h.size() ? h.first(k + 1) : end;
        return Math.max(h.first(k), next - 1);
    }

    void draw(GraphicsContext g, LossHistory.Frozen h, long end, double rss, LossHistoryView view, Chart chart) {
        drawBands(g, h, end, view);
        drawLine(g, h, end, rss, view, chart);
    }

    private static void drawBands(GraphicsContext g, LossHistory.Frozen h, long end, LossHistoryView view) {
        g.setFill(Palette.LOSS_BAND);
        double column = Double.NaN;
        double right = 0;
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < h.size(); k++) {
            if (!(h.max(k) > h.min(k))) {
                continue; // a single value, or NaN: only the line shows it
            }
            double x0 = Math.floor(view.xOf(h.first(k)));
            double x1 = Math.floor(view.xOf(lastIteration(h, k, end)));
            double yTop = view.yOf(h.max(k));
            double yBottom = view.yOf(h.min(k));
            if (!Double.isFinite(yTop)) {
                yTop = -1e6; // an infinite spike: to the top of the plot, which the clip cuts off
            }
            if (!Double.isFinite(yBottom) || !Double.isFinite(x0) || !Double.isFinite(x1)) {
                continue;
            }
            if (Double.isNaN(column) || x0 > column) { // a bucket starting in a new pixel column
                fill(g, column, right, top, bottom);
                column = x0;
                right = x0;
                top = yTop;
                bottom = yBottom;
            } else {
                top = Math.min(top, yTop);
                bottom = Math.max(bottom, yBottom);
            }
            right = Math.max(right, x1 + 1);
        }
        fill(g, column, right, top, bottom);
    }

    private static void fill(GraphicsContext g, double x0, double x1, double top, double bottom) {
        if (Double.isFinite(x0) && bottom > top) {
            g.fillRect(x0, top, Math.max(1, x1 - x0), Math.max(1, bottom - top));
        }
    }

    private static void drawLine(GraphicsContext g, LossHistory.Frozen h, long end, double rss, LossHistoryView view,
                                 Chart chart) {
        g.setStroke(Palette.LOSS);
        g.setLineWidth(chart.curveWidth());
        g.setLineDashes();
        g.beginPath();
        boolean open = false;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 0; k <= h.size(); k++) {
            boolean current = k == h.size();
            long iteration = current ? end : lastIteration(h, k, end);
            double px = view.xOf(iteration);
            double py = view.yOf(current ? rss : h.last(k));
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                open = false; // a gap where RSS was not a number
                continue;
            }
            if (!open) {
                g.moveTo(px, py);
                open = true;
            } else if (current || Math.abs(px - lastX) >= 0.5 || Math.abs(py - lastY) >= 0.5) {
                g.lineTo(px, py);
            } else {
                continue;
            }
            lastX = px;
            lastY = py;
        }
        g.stroke();
    }

    /** The newest value as a dot, so a lone point at iteration 0 shows too; drawn unclipped, whole. */
    static void drawCurrent(GraphicsContext g, long end, double rss, LossHistoryView view, Chart chart) {
        double px = view.xOf(end);
        double py = view.yOf(rss);
        if (Double.isFinite(px) && Double.isFinite(py)) {
            double r = 3.5 * chart.s();
            g.setFill(Palette.LOSS);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
        }
    }
}
