package studio.backprop.ui.loss;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;

/** The loss view's marks at iterations: where the learning rate changed, where training went on after an edit. */
final class IterationMarks {
    private static final Color LABEL_BACKDROP = Palette.BACKGROUND.deriveColor(0, 1, 1, 0.85);

    private IterationMarks() {
    }

    /**
     * Vertical lines at iterations, each labelled but where marks crowd (ten quick changes of the rate): a
     * label then stands for every mark its text spans, "α changed ×10", and the next label starts after it.
     */
    private static void stroke(GraphicsContext g, Chart chart, double from, double to, Color colour) {
        if (Double.isNaN(from)) {
            return;
        }
        if (to > from) {
            g.setFill(colour.deriveColor(0, 1, 1, 0.2));
            g.fillRect(from, chart.top(), to - from, chart.bottom() - chart.top());
        }
        g.strokeLine(from, chart.top(), from, chart.bottom());
    }

    static void draw(GraphicsContext g, LossHistoryView view, Chart chart, long[] marks, long end, String label,
                     Color colour, boolean top) {
        double s = chart.s();
        double labelHeight = chart.textFont().getSize() * 1.3;
        double labelTop = top ? chart.top() + 2 * s : chart.bottom() - 2 * s - labelHeight;
        double span = chart.textWidth(label + " ×10", chart.textFont()) + 10 * s;
        g.setLineWidth(1.5 * s);
        g.setFont(chart.textFont());
        g.setTextBaseline(VPos.TOP);
        g.setStroke(colour);
        g.setLineDashes(top ? new double[] {5 * s, 4 * s} : new double[] {1.5 * s, 3 * s});
        // Marks each within a few pixels of the one before (quick changes of the rate) are one mark: a line at
        // the first, and a light band to the last.
        double runStart = Double.NaN;
        double runEnd = Double.NaN;
        for (long r : marks) {
            if (r < 0 || r > end) {
                continue;
            }
            double px = Math.floor(view.xOf(r)) + 0.5;
            if (px - runEnd >= 4 * s) {
                stroke(g, chart, runStart, runEnd, colour);
                runStart = px;
            } else if (Double.isNaN(runStart)) {
                runStart = px;
            }
            runEnd = px;
        }
        stroke(g, chart, runStart, runEnd, colour);
        g.setLineDashes();
        double width = chart.textWidth(label, chart.textFont());
        List<double[]> labels = new ArrayList<>(); // {px, count, left of the text}, none running into the one before
        for (int k = 0; k < marks.length; k++) {
            if (marks[k] < 0 || marks[k] > end) {
                continue;
            }
            double px = Math.floor(view.xOf(marks[k])) + 0.5;
            double[] last = labels.isEmpty() ? null : labels.get(labels.size() - 1);
            double left = px + 4 * s + width <= chart.right() ? px + 4 * s : px - 4 * s - width;
            if (last != null && (px - last[0] < span || left < last[2] + span)) {
                last[1]++;
            } else {
                labels.add(new double[] {px, 1, left});
            }
        }
        for (double[] at : labels) {
            String text = at[1] == 1 ? label : label + " ×" + (int) at[1];
            double labelWidth = chart.textWidth(text, chart.textFont());
            double textLeft = at[0] + 4 * s + labelWidth <= chart.right() ? at[0] + 4 * s : at[0] - 4 * s - labelWidth;
            // A backdrop, so the label stays readable where the loss line passes under it.
            g.setFill(LABEL_BACKDROP);
            g.fillRect(textLeft - 2 * s, labelTop, labelWidth + 4 * s, labelHeight);
            g.setFill(colour);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(text, textLeft, labelTop + s);
            view.drawnMarks.add(text);
        }
    }
}
