package studio.backprop.ui.loss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import studio.backprop.training.Fit;
import studio.backprop.ui.model.ShownAccuracy;
import studio.backprop.training.LossHistory;
import studio.backprop.training.OptionsSnapshot;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.SnapshotCanvasPane;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend.Mark;
import studio.backprop.ui.chart.ChartLegend;
import studio.backprop.ui.chart.NiceTicks;
import studio.backprop.ui.model.ComparedRun;

/**
 * RSS against iteration over the whole run, on a log RSS axis because the loss falls by decades.
 * Each history bucket shows as a min-max band with a line through its last value, so a spike that
 * decimation folded into a bucket still shows; learning-rate changes are marked (dashed, labelled at the top),
 * and so are the iterations where training went on after an edit (dotted, labelled at the bottom). Hover to
 * read values.
 */
public final class LossHistoryView extends SnapshotCanvasPane {
    /**
     * RSS below this is drawn at it: a perfect fit has RSS 0, which a log axis cannot place. Any RSS above it
     * has a place of its own, up to the largest double.
     */
    static final double FLOOR = 1e-300;
    /** The marks' labels in the last drawing, for tests. */
    final List<String> drawnMarks = new ArrayList<>();

    private final BooleanProperty logX = new SimpleBooleanProperty(this, "logX", false);
    private final Chart chart = new Chart();
    private final BucketPath path = new BucketPath();
    private final BucketPath heldOutPath = new BucketPath();
    private final ChartLegend legend = new ChartLegend(chart);
    private final ComparedLosses others = new ComparedLosses();
    private final ObjectProperty<List<ComparedRun>> compared = new SimpleObjectProperty<>(this, "compared", List.of());
    private double mouseX = Double.NaN;
    private String readout;

    public LossHistoryView(ObservableValue<TrainingSnapshot> snapshot) {
        super(snapshot);
        getStyleClass().add("loss-history-view");
        logX.addListener((obs, old, on) -> invalidate());
        compared.addListener((obs, old, runs) -> invalidate());
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX()));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(e.getX()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN));
    }

    /** Iterations on a log axis (iteration 0 at its left end), so a million-iteration run shows every decade. */
    public BooleanProperty logXProperty() {
        return logX;
    }

    /** The runs compared, each drawn in its colour; empty (the default) when not comparing. */
    public ObjectProperty<List<ComparedRun>> comparedProperty() {
        return compared;
    }

    private void hover(double x) {
        mouseX = x;
        invalidate();
    }

    /** The pixel column of an iteration in the last drawing. */
    double xOf(long iteration) {
        return chart.x.toPixel(iteration);
    }

    /** The pixel row of an RSS in the last drawing; NaN when it is not a finite number. */
    double yOf(double rss) {
        return Double.isFinite(rss) ? chart.y.toPixel(Math.max(rss, FLOOR)) : Double.NaN;
    }

    /** The hover read-out last drawn, or null. */
    String readout() {
        return readout;
    }

    Chart chart() {
        return chart;
    }

    @Override
    protected void draw(GraphicsContext g, TrainingSnapshot s, double width, double height) {
        chart.setScale(scale());
        LossHistory.Frozen h = s.history();
        long end = s.iteration();
        others.set(compared.get());
        long xHi = Math.max(others.lastIteration(end), 10);
        if (logX.get()) {
            chart.x.range(0, xHi, true, 1);
        } else {
            chart.x.range(0, xHi, false, 0);
        }
        OptionsSnapshot beyond = s.beyond();
        boolean held = beyond.holdsOut();
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        widen(range, h, s.rss());
        if (held) {
            widen(range, beyond.heldOutHistory(), beyond.heldOutRss());
        }
        others.widen(range);
        rssRange(range[0], range[1]);
        Color colour = others.shownColour();
        List<ChartLegend.Item> items = new ArrayList<>(others.legendItems());
        if (held) {
            items.add(new ChartLegend.Item(Mark.LINE, colour, "training RSS"));
            items.add(new ChartLegend.Item(Mark.DASHED, colour, "held-out RSS"));
        }
        double legendHeight = items.isEmpty() ? 0 : legend.height(items, width - 2 * chart.pad());
        chart.layout(width, height, legendHeight, this::iterationTicks,
                n -> NiceTicks.log(chart.y.lo(), chart.y.hi(), n));
        chart.drawGrid(g);
        others.drawOthers(g, this, chart);
        if (held) {
            heldOutPath.draw(g, beyond.heldOutHistory(), end, beyond.heldOutRss(), this, chart, colour,
                    Color.TRANSPARENT, true);
        }
        if (others.comparing()) {
            path.draw(g, h, end, s.rss(), this, chart, colour, colour.deriveColor(0, 1, 1, 0.25), false);
        } else {
            path.draw(g, h, end, s.rss(), this, chart);
        }
        drawnMarks.clear();
        IterationMarks.draw(g, this, chart, s.rateChanges(), end, "α changed", Palette.RATE_MARK, true);
        IterationMarks.draw(g, this, chart, s.edits(), end, "edit", Palette.EDIT_MARK, false);
        chart.coverMargins(g, width);
        chart.drawFrame(g, logX.get() ? "iteration (log scale)" : "iteration", "RSS (log scale)");
        BucketPath.drawCurrent(g, end, s.rss(), this, chart, colour);
        others.drawEnds(g, this, chart);
        if (held) {
            BucketPath.drawCurrent(g, end, beyond.heldOutRss(), this, chart, colour);
        }
        if (!items.isEmpty()) {
            legend.draw(g, items, chart.pad(), chart.pad(), width - 2 * chart.pad());
        }
        if (end == 0 && h.size() == 0) {
            Font font = Font.font(chart.textFont().getFamily(), 18 * chart.s());
            g.setFill(Palette.MUTED_TEXT);
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Press Step or Run", (chart.left() + chart.right()) / 2, (chart.top() + chart.bottom()) / 2);
        }
        drawHover(g, s, width);
    }

    /** The log RSS axis over the finite values of every curve, at least a decade, with a little room. */
    private void rssRange(double lo, double hi) {
        if (!(hi >= lo)) {
            lo = 0.1;
            hi = 10;
        }
        double a = Math.log10(lo);
        double b = Math.log10(hi);
        if (b - a < 1) {
            double grow = (1 - (b - a)) / 2;
            a -= grow;
            b += grow;
        }
        double pad = 0.05 * (b - a);
        // A run on its way to overflowing would pad the axis past the largest double, and draw nothing.
        chart.y.range(Math.max(Math.pow(10, a - pad), FLOOR), Math.min(Math.pow(10, b + pad), Double.MAX_VALUE),
                true, 0);
    }

    /** Widens {lo, hi} to the finite values of a history and its newest value. */
    static void widen(double[] range, LossHistory.Frozen h, double current) {
        double lo = range[0];
        double hi = range[1];
        // max(v, FLOOR) never decreases with v, so the least of them is max(least v, FLOOR): one check a history.
        if (Double.isFinite(h.lowest())) {
            lo = Math.min(lo, Math.max(h.lowest(), FLOOR));
        }
        if (Double.isFinite(h.highest())) {
            hi = Math.max(hi, Math.max(h.highest(), FLOOR));
        }
        if (Double.isFinite(current)) {
            lo = Math.min(lo, Math.max(current, FLOOR));
            hi = Math.max(hi, Math.max(current, FLOOR));
        }
        range[0] = lo;
        range[1] = hi;
    }

    private NiceTicks.Ticks iterationTicks(int maxCount) {
        return IterationTicks.of(chart.x.hi(), logX.get(), maxCount);
    }

    /**
     * The bucket under the cursor, its last value marked on the line and read out beside it with the MSE,
     * RMSE and R^2, and the held-out RSS there when points are held out.
     */
    private void drawHover(GraphicsContext g, TrainingSnapshot s, double width) {
        LossHistory.Frozen h = s.history();
        long end = s.iteration();
        double rss = s.rss();
        readout = null;
        if (Double.isNaN(mouseX) || mouseX < chart.left() || mouseX > chart.right()) {
            return;
        }
        long at = Math.max(0, Math.round(chart.x.toValue(mouseX)));
        int k = h.bucketOf(at);
        long iteration = end;
        double value = rss;
        if (h.size() > 0 && at < end) {
            k = Math.max(0, k);
            iteration = BucketPath.lastIteration(h, k, end);
            value = h.last(k);
            if (Math.abs(xOf(end) - mouseX) < Math.abs(xOf(iteration) - mouseX)) {
                iteration = end;
                value = rss;
            }
        }
        double px = xOf(iteration);
        double py = yOf(value);
        if (!Double.isFinite(py)) {
            py = chart.top();
        }
        double r = 5 * chart.s();
        g.setStroke(Palette.LOSS);
        g.setFill(Palette.BACKGROUND);
        g.setLineWidth(2 * chart.s());
        g.fillOval(px - r, py - r, 2 * r, 2 * r);
        g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        Fit fit = s.beyond().trainingFit(value);
        String accuracy = iteration >= end ? ShownAccuracy.training(s) : ""; // measured at the newest only
        String text = "iteration " + String.format(Locale.ROOT, "%,d", iteration) + ":  RSS "
                + NiceTicks.significant(value, 6) + (fit == null ? "" : " (" + fit.explained() + ")")
                + (accuracy.isEmpty() ? "" : ",  " + accuracy)
                + HeldOutReadout.at(s.beyond(), iteration, end);
        readout = text;
        chart.drawCallout(g, text, px, py, width);
    }
}
