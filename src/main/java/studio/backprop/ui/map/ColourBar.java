package studio.backprop.ui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.NiceTicks;

/**
 * The map's scale beside it: the field's colours from the scale's low end (bottom) to its high end,
 * its ends and middle labelled, the boundary's level marked across it when there is one.
 */
final class ColourBar {
    private static final int STRIPS = 48;

    private ColourBar() {
    }

    /** The width the bar and its labels take, the gap before it included. */
    static double width(Chart c, MapScale scale) {
        double labels = 0;
        for (double v : new double[] {scale.lo(), scale.middle(), scale.hi()}) {
            labels = Math.max(labels, c.labelWidth(label(v), c.tickFont()));
        }
        return Math.max(labels + barWidth(c) + 3 * gap(c), c.textWidth("f(x)", c.tickFont()) + gap(c)) + c.pad();
    }

    /** The bar from the plot's top to its bottom, {@code x} to the right of the plot. */
    static void draw(GraphicsContext g, Chart c, MapScale scale, double x) {
        double top = c.top();
        double h = c.bottom() - c.top();
        double w = barWidth(c);
        x += 2 * gap(c);
        for (int k = 0; k < STRIPS; k++) {
            double t = 1 - 2 * (k + 0.5) / STRIPS; // from the top: the high end
            int argb = MapColours.field(t);
            g.setFill(Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff));
            g.fillRect(x, top + h * k / STRIPS, w, Math.ceil(h / STRIPS) + 0.5);
        }
        g.setStroke(Palette.AXIS);
        g.setLineWidth(c.s());
        g.strokeRect(x, top, w, h);
        if (scale.classes()) {
            g.setStroke(Palette.BOUNDARY);
            g.setLineWidth(c.curveWidth());
            g.strokeLine(x - 3 * c.s(), top + h / 2, x + w + 3 * c.s(), top + h / 2);
        }
        g.setFill(Palette.TEXT);
        double[] values = {scale.hi(), scale.middle(), scale.lo()};
        for (int k = 0; k < 3; k++) {
            c.drawLabel(g, label(values[k]), x + w + gap(c), top + h * k / 2, TextAlignment.LEFT, c.tickFont());
        }
        g.setFont(c.tickFont());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("f(x)", x, top - c.lineHeight(c.tickFont()) / 2);
    }

    private static String label(double v) {
        return NiceTicks.significant(v, 3);
    }

    private static double barWidth(Chart c) {
        return 14 * c.s();
    }

    private static double gap(Chart c) {
        return 5 * c.s();
    }
}
