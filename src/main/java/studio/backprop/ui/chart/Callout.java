package studio.backprop.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;

/** A chart's boxed read-out beside an anchor point. */
final class Callout {
    private Callout() {
    }

    /** Flipped as needed to stay inside the canvas, and inside the plot when it fits there. */
    static void draw(GraphicsContext g, Chart c, String text, double ax, double ay, double canvasWidth) {
        double s = c.s();
        double left = c.left();
        double right = c.right();
        double inset = 6 * s;
        double w = c.textWidth(text, c.textFont()) + 2 * inset;
        double h = c.lineHeight(c.textFont()) + inset;
        double offset = 12 * s;
        double bx = ax + offset + w <= right ? ax + offset : ax - offset - w;
        // Inside the plot when it fits there, so the read-out never hides the tick labels.
        bx = w <= right - left ? Math.max(left + 2, Math.min(bx, right - w)) : Math.max(2, Math.min(bx, canvasWidth - w - 2));
        double by = ay - offset - h >= c.top() ? ay - offset - h : ay + offset; // never over the legend
        by = Math.min(by, c.height() - h - 2);
        g.setLineDashes();
        g.setFill(Palette.BACKGROUND);
        g.fillRect(bx, by, w, h);
        g.setStroke(Palette.AXIS);
        g.setLineWidth(1);
        g.strokeRect(Chart.crisp(bx), Chart.crisp(by), Math.round(w), Math.round(h));
        g.setFill(Palette.TEXT);
        g.setFont(c.textFont());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, bx + inset, by + h / 2);
    }
}
