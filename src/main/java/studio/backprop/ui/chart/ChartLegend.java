package studio.backprop.ui.chart;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;

/**
 * A legend flowed into rows above the plot rather than inside it, where it would hide data or curves.
 * Sized from the chart's text, so it grows with presentation mode.
 */
public final class ChartLegend {
    /** How an entry's sample is drawn. */
    public enum Mark { DOT, HOLLOW_DOT, LINE, DASHED, RESIDUAL, THIN, THIN_DASHED }

    public record Item(Mark mark, Color color, String label) {
    }

    private final Chart chart;

    public ChartLegend(Chart chart) {
        this.chart = chart;
    }

    /** Height of a legend of these items flowed into rows no wider than {@code width}. */
    public double height(List<Item> items, double width) {
        return draw(null, items, 0, 0, width);
    }

    /** Draws the legend in rows from (x0, y0); with g null only measures. Returns its height. */
    public double draw(GraphicsContext g, List<Item> items, double x0, double y0, double width) {
        double swatch = 26 * chart.s();
        double row = chart.lineHeight(chart.textFont()) * 1.15;
        double cx = x0;
        double cy = y0 + row / 2;
        for (Item item : items) {
            double w = swatch + 6 * chart.s() + chart.textWidth(item.label(), chart.textFont());
            if (cx > x0 && cx + w > x0 + width) {
                cx = x0;
                cy += row;
            }
            if (g != null) {
                drawSwatch(g, item, cx, cy, swatch);
                g.setFill(Palette.TEXT);
                g.setFont(chart.textFont());
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(item.label(), cx + swatch + 6 * chart.s(), cy);
            }
            cx += w + 20 * chart.s();
        }
        return cy + row / 2 - y0;
    }

    private void drawSwatch(GraphicsContext g, Item item, double x0, double cy, double w) {
        g.setStroke(item.color());
        g.setFill(item.color());
        g.setLineDashes();
        switch (item.mark()) {
            case DOT -> g.fillOval(x0 + w / 2 - 5 * chart.s(), cy - 5 * chart.s(), 10 * chart.s(), 10 * chart.s());
            case HOLLOW_DOT -> hollow(g, x0 + w / 2, cy, 5 * chart.s(), chart.s());
            case LINE -> {
                g.setLineWidth(chart.curveWidth());
                g.strokeLine(x0, cy, x0 + w, cy);
            }
            case DASHED -> {
                g.setLineWidth(chart.curveWidth());
                g.setLineDashes(9 * chart.s(), 6 * chart.s());
                g.strokeLine(x0, cy, x0 + w, cy);
                g.setLineDashes();
            }
            case THIN, THIN_DASHED -> {
                g.setLineWidth(1.5 * chart.s());
                if (item.mark() == Mark.THIN_DASHED) {
                    g.setLineDashes(6 * chart.s(), 4 * chart.s());
                }
                g.strokeLine(x0, cy, x0 + w, cy);
                g.setLineDashes();
            }
            case RESIDUAL -> {
                g.setLineWidth(2 * chart.s());
                g.strokeLine(x0 + w / 2, cy - 8 * chart.s(), x0 + w / 2, cy + 8 * chart.s());
            }
        }
    }

    /** A held-out point: a white disc in a dark ring, the size of a filled point. */
    public static void hollow(GraphicsContext g, double cx, double cy, double r, double scale) {
        double w = 2.5 * scale;
        g.setFill(Palette.BACKGROUND);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(Palette.POINT);
        g.setLineWidth(w);
        g.setLineDashes();
        g.strokeOval(cx - r + w / 2, cy - r + w / 2, 2 * r - w, 2 * r - w);
    }
}
