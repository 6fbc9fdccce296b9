package studio.backprop.ui.regression;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.NiceTicks;

/**
 * What the plot says about a curve none of which is in sight: the y range follows the data, so a runaway
 * f(x) (say -931 everywhere) would otherwise just vanish and the class would think it was not drawn.
 * Written against the edge it went past, with an arrowhead pointing off the plot and its values in numbers.
 *
 * @param text  "f(x) now is below the plot: -931 everywhere"
 * @param below whether the curve is under the plot (else over it, or nowhere a number)
 */
record OffScaleNote(String text, boolean below) {

    /** The notes for f(x) now and at iteration 0 on this plot; the second only where it tells something else. */
    static List<OffScaleNote> of(CurveSampler now, CurveSampler before, Chart c) {
        List<OffScaleNote> notes = new ArrayList<>();
        OffScaleNote n = of("f(x) now", now.min, now.max, c.y.lo(), c.y.hi());
        OffScaleNote b = of("f(x) at iteration 0", before.min, before.max, c.y.lo(), c.y.hi());
        if (n != null) {
            notes.add(n);
        }
        if (b != null && (n == null || before.min != now.min || before.max != now.max)) {
            notes.add(b);
        }
        return notes;
    }

    /** Each note against its edge, stacked inwards where two share one. */
    static void drawAll(GraphicsContext g, Chart c, List<OffScaleNote> notes) {
        int[] rows = new int[2];
        for (OffScaleNote note : notes) {
            Color colour = note.text.startsWith("f(x) now") ? Palette.CURVE : Palette.INITIAL_CURVE;
            note.draw(g, c, colour, rows[note.below ? 1 : 0]++);
        }
    }

    /**
     * The note for a curve whose finite values run from min to max, on a plot showing lo to hi; null while
     * any of it is in sight.
     */
    static OffScaleNote of(String curve, double min, double max, double lo, double hi) {
        if (!(min <= max)) {
            return new OffScaleNote(curve + " is not a number anywhere here", false);
        }
        if (max >= lo && min <= hi) {
            return null;
        }
        boolean below = max < lo;
        String values = min == max ? NiceTicks.significant(min, 4) + " everywhere"
                : "from " + NiceTicks.significant(min, 4) + " to " + NiceTicks.significant(max, 4);
        return new OffScaleNote(curve + " is " + (below ? "below" : "above") + " the plot: " + values, below);
    }

    /** Centred just inside the edge the curve went past, row 0 nearest the edge, on a plate over the grid. */
    void draw(GraphicsContext g, Chart c, Color colour, int row) {
        double s = c.s();
        double inset = 6 * s;
        double arrow = 12 * s;
        double h = c.lineHeight(c.textFont()) + inset;
        double textWidth = Math.min(c.textWidth(text, c.textFont()), c.right() - c.left() - arrow - 4 * inset);
        double w = arrow + textWidth + 3 * inset;
        double x = (c.left() + c.right() - w) / 2;
        double y = below ? c.bottom() - 4 * s - (row + 1) * (h + 4 * s) : c.top() + 4 * s + row * (h + 4 * s);
        g.setLineDashes();
        g.setFill(Palette.BACKGROUND);
        g.fillRect(x, y, w, h);
        g.setStroke(colour);
        g.setLineWidth(2 * s);
        g.strokeRect(x, y, w, h);
        double ax = x + inset + arrow / 2;
        double tip = below ? y + h / 2 + arrow / 2 : y + h / 2 - arrow / 2;
        double base = below ? y + h / 2 - arrow / 2 : y + h / 2 + arrow / 2;
        g.setFill(colour);
        g.fillPolygon(new double[] {ax - arrow / 2, ax + arrow / 2, ax}, new double[] {base, base, tip}, 3);
        g.setFill(Palette.TEXT);
        g.setFont(c.textFont());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 2 * inset + arrow, y + h / 2, textWidth);
    }
}
