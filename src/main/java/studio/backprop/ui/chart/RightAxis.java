package studio.backprop.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;

/** A chart's secondary y axis on the right, for a quantity on another scale than the main one. */
public final class RightAxis {
    private RightAxis() {
    }

    /** The axis line, ticks, labels and title (read bottom to top), in the room {@link Chart#layout} left. */
    public static void draw(GraphicsContext g, Chart c, String title) {
        double s = c.s();
        double tick = 5 * s;
        double gap = 5 * s;
        double right = c.right();
        double axis = c.axisWidth();
        NiceTicks.Ticks ticks = c.y2Ticks();
        g.setFill(Palette.AXIS);
        Chart.verticalRule(g, right, c.top(), c.axisEnd(), axis);
        for (int i = 0; i < ticks.size(); i++) {
            Chart.horizontalRule(g, right, right + tick, c.y2.toPixel(ticks.major()[i]), axis);
        }
        g.setFill(Palette.TEXT);
        double labelsWidth = 0;
        for (int i = 0; i < ticks.size(); i++) {
            double p = c.y2.toPixel(ticks.major()[i]);
            c.drawLabel(g, ticks.labels()[i], right + tick + gap, p, TextAlignment.LEFT, c.tickFont());
            labelsWidth = Math.max(labelsWidth, c.labelWidth(ticks.labels()[i], c.tickFont()));
        }
        g.setFont(c.titleFont());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.save();
        g.translate(right + tick + gap + labelsWidth + gap + c.lineHeight(c.titleFont()) / 2, (c.top() + c.bottom()) / 2);
        g.rotate(90);
        g.fillText(title, 0, 0);
        g.restore();
    }
}
