package studio.backprop.ui.regression;

import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import studio.backprop.engine.DataSet;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend;

/**
 * The data drawn over the curves: each point (hollow when held out of training, so the class sees which
 * ones the network never learns from), its residual to f(x), and the rings of the selected and hovered
 * point. Made for one frame from where the view puts each point.
 */
final class DataLayer {
    private final Chart chart;
    private final DataSet data;
    private final IntFunction<Point2D> position;
    private final IntToDoubleFunction f;
    private final IntPredicate heldOut;
    private final PointDensity density;

    DataLayer(Chart chart, DataSet data, IntFunction<Point2D> position, IntToDoubleFunction f, IntPredicate heldOut,
              PointDensity density) {
        this.density = density;
        this.chart = chart;
        this.data = data;
        this.position = position;
        this.f = f;
        this.heldOut = heldOut;
    }

    /** Draws the data as a density rather than point by point, when there are this many or more. */
    static boolean many(DataSet data) {
        return data.size() >= PointDensity.MANY;
    }

    /** Many points as a density, under the curves, which would be lost in it otherwise; nothing for few. */
    void drawDensity(GraphicsContext g) {
        if (many(data)) {
            density.draw(g, chart, data);
        }
    }

    /** A vertical line from each point to f at its x; dashed for a held-out point. None for many points. */
    void drawResiduals(GraphicsContext g) {
        if (many(data)) {
            return; // thousands of lines would only paint the area between the data and the curve
        }
        g.setStroke(Palette.RESIDUAL);
        g.setLineWidth(2 * chart.s());
        for (int k = 0; k < data.size(); k++) {
            double fk = f.applyAsDouble(k);
            if (!Double.isFinite(fk)) {
                continue;
            }
            Point2D p = position.apply(k);
            double px = Math.floor(p.getX()) + 0.5;
            if (heldOut.test(k)) {
                g.setLineDashes(4 * chart.s(), 3 * chart.s());
            } else {
                g.setLineDashes();
            }
            g.strokeLine(px, p.getY(), px, chart.clampY(chart.y.toPixel(fk)));
        }
        g.setLineDashes();
    }

    /**
     * The points; {@code moved} (or -1) is being dragged, so where it was is drawn faintly dashed.
     */
    void drawPoints(GraphicsContext g, int selected, int hovered, int moved) {
        double r = 5 * chart.s();
        if (moved >= 0 && moved < data.size()) {
            // where the point was, so the class sees how far the drag takes it
            g.setStroke(Palette.MUTED_TEXT);
            g.setLineWidth(1.5 * chart.s());
            g.setLineDashes(3 * chart.s(), 3 * chart.s());
            g.strokeOval(chart.x.toPixel(data.x(moved)) - r, chart.y.toPixel(data.y(moved)) - r, 2 * r, 2 * r);
            g.setLineDashes();
        }
        if (many(data)) { // drawn as a density under the curves; the rings only here
            for (int k : new int[] {selected, hovered}) {
                if (k >= 0 && k < data.size()) {
                    ring(g, position.apply(k), r, k == selected);
                }
            }
            return;
        }
        for (int k = 0; k < data.size(); k++) {
            Point2D p = position.apply(k);
            if (heldOut.test(k)) {
                ChartLegend.hollow(g, p.getX(), p.getY(), r, chart.s());
            } else {
                g.setFill(Palette.POINT);
                g.fillOval(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            }
            if (k == selected || k == hovered) {
                ring(g, p, r, k == selected);
            }
        }
    }

    private void ring(GraphicsContext g, Point2D p, double r, boolean selected) {
        double ring = r + 4 * chart.s();
        g.setStroke(selected ? Palette.SELECTED : Palette.MUTED_TEXT);
        g.setLineWidth(3 * chart.s());
        g.strokeOval(p.getX() - ring, p.getY() - ring, 2 * ring, 2 * ring);
    }
}
