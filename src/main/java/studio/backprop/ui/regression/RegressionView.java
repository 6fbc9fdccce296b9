package studio.backprop.ui.regression;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.ClaimsKeys;
import studio.backprop.ui.Palette;
import studio.backprop.ui.SnapshotCanvasPane;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend.Item;
import studio.backprop.ui.chart.ChartLegend;
import studio.backprop.ui.chart.NiceTicks;
import studio.backprop.ui.chart.RightAxis;
import studio.backprop.ui.model.ComparedRun;

/**
 * The data, the network's curve f(x) now and at iteration 0, and the residuals between them: what the
 * class watches gradient descent bend into shape. Click a point to select it; hover to read its numbers.
 * Given {@link PointEdits} ({@link #pointEditsProperty()}) the data can be edited on the plot itself.
 */
public final class RegressionView extends SnapshotCanvasPane implements ClaimsKeys {
    private static final double PICK_RADIUS = 10;

    private final IntegerProperty selectedPoint;
    private final BooleanProperty showResiduals = new SimpleBooleanProperty(this, "showResiduals", true);
    private final BooleanProperty showContributions = new SimpleBooleanProperty(this, "showContributions", false);
    private final ObjectProperty<PointEdits> pointEdits = new SimpleObjectProperty<>(this, "pointEdits");
    private final EditNotes notes = new EditNotes(this::redraw);
    private final PointEditing editing;
    private final Contributions contributions = new Contributions();
    private final Chart chart = new Chart();
    private final ChartLegend legend = new ChartLegend(chart);
    private final CurveSampler now = new CurveSampler();
    private final PointDensity density = new PointDensity();
    private final CurveSampler before = new CurveSampler();
    private final ComparedCurves others = new ComparedCurves();
    private final ObjectProperty<List<ComparedRun>> compared = new SimpleObjectProperty<>(this, "compared", List.of());
    private TrainingSnapshot drawn;
    private List<OffScaleNote> offScale = List.of();
    private int hovered = -1;

    public RegressionView(ObservableValue<TrainingSnapshot> snapshot, IntegerProperty selectedPoint) {
        super(snapshot);
        this.selectedPoint = selectedPoint;
        getStyleClass().add("regression-view");
        selectedPoint.addListener((obs, old, k) -> invalidate());
        showResiduals.addListener((obs, old, on) -> invalidate());
        showContributions.addListener((obs, old, on) -> invalidate());
        pointEdits.addListener((obs, old, edits) -> invalidate());
        compared.addListener((obs, old, runs) -> invalidate());
        // Delete reaches only the focus owner; a click gives the view focus while editing is on.
        focusTraversableProperty().bind(pointEdits.isNotNull());
        editing = new PointEditing(this, notes);
        snapshot.addListener((obs, old, s) -> editing.snapshotChanged(s == null ? null : s.data()));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int k = pointNear(e.getX(), e.getY());
            if (k >= 0) {
                selectedPoint.set(k);
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(pointNear(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1));
    }

    public BooleanProperty showResidualsProperty() {
        return showResiduals;
    }

    /**
     * Each last-hidden neuron's term a·h of the output's Σ, as thin lines against a second axis on the
     * right: how the network's curve is made of its neurons'.
     */
    public BooleanProperty showContributionsProperty() {
        return showContributions;
    }

    public IntegerProperty selectedPointProperty() {
        return selectedPoint;
    }

    /** The runs compared, each drawn as a curve of its own colour; empty (the default) when not comparing. */
    public ObjectProperty<List<ComparedRun>> comparedProperty() {
        return compared;
    }

    /** Where data edits go; null (the default) for a read-only plot. */
    public ObjectProperty<PointEdits> pointEditsProperty() {
        return pointEdits;
    }

    @Override
    public boolean claims(KeyCode code) {
        return editing.claims(code);
    }

    /** Where point k was drawn (during a drag, its preview), in this pane's coordinates; null before the first draw. */
    public Point2D pointPosition(int k) {
        if (drawn == null || k < 0 || k >= drawn.data().size()) {
            return null;
        }
        return toPixel(shownX(k), shownY(k));
    }

    /** The pixel of data coordinates in the plot as last drawn. */
    public Point2D toPixel(double x, double y) {
        return new Point2D(chart.x.toPixel(x), chart.y.toPixel(y));
    }

    /** The data coordinates of a pixel in the plot as last drawn: the inverse of {@link #toPixel}. */
    public Point2D toData(double px, double py) {
        return new Point2D(chart.x.toValue(px), chart.y.toValue(py));
    }

    /** The refusal message shown on the plot now, or null. */
    public String editMessage() {
        return notes.message();
    }

    /** The point hovered over, or -1. */
    public int hoveredPoint() {
        return hovered;
    }

    Chart chart() {
        return chart;
    }

    /** What the plot says about curves out of sight, as last drawn. */
    List<OffScaleNote> offScaleNotes() {
        return offScale;
    }

    /** The data last drawn; null before the first draw. */
    DataSet shownData() {
        return drawn == null ? null : drawn.data();
    }

    void redraw() {
        invalidate();
    }

    private double shownX(int k) {
        return k == editing.previewed() ? editing.preview().getX() : drawn.data().x(k);
    }

    private double shownY(int k) {
        return k == editing.previewed() ? editing.preview().getY() : drawn.data().y(k);
    }

    /** f at point k's shown x: the snapshot's prediction, or the network's at a dragged point's new x. */
    private double shownF(int k) {
        return k == editing.previewed() ? new Predictor(drawn.network()).at(shownX(k)).output() : drawn.prediction(k);
    }

    private void hover(int k) {
        if (k != hovered) {
            hovered = k;
            invalidate();
        }
    }

    int pointNear(double px, double py) {
        if (drawn == null) {
            return -1;
        }
        double limit = PICK_RADIUS * chart.s();
        int best = -1;
        for (int k = 0; k < drawn.data().size(); k++) {
            Point2D p = pointPosition(k);
            double d = Math.hypot(p.getX() - px, p.getY() - py);
            if (d <= limit) {
                best = k;
                limit = d;
            }
        }
        return best;
    }

    @Override
    protected void draw(GraphicsContext g, TrainingSnapshot s, double width, double height) {
        drawn = s;
        chart.setScale(scale());
        DataSet data = s.data();
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < data.size(); k++) {
            yMin = Math.min(yMin, data.y(k));
            yMax = Math.max(yMax, data.y(k));
        }
        InputDomain domain = InputDomain.of(data);
        double xLo = domain.lo(0);
        double xHi = domain.hi(0);
        // About one sample per 2 px of canvas; the plot is a little narrower, so this is if anything denser.
        int samples = Math.max(2, (int) (width / 2)) + 1;
        now.sample(s.network(), xLo, xHi, samples);
        before.sample(s.initial(), xLo, xHi, samples);
        others.sample(compared.get(), xLo, xHi, samples);
        boolean terms = showContributions.get() && Contributions.count(s.network()) > 0;
        if (terms) {
            contributions.sample(s.network(), domain, samples);
            double pad = 0.06 * (contributions.max() - contributions.min());
            chart.y2.range(contributions.min() - pad, contributions.max() + pad, false, 0);
        }

        // Cover the data and both curves, but never let a runaway curve squash the data to a line.
        double span = yMax > yMin ? yMax - yMin : Math.max(1, Math.abs(yMax));
        double lo = Math.max(Math.min(Math.min(yMin, others.min), Math.min(now.min, before.min)), yMin - 2 * span);
        double hi = Math.min(Math.max(Math.max(yMax, others.max), Math.max(now.max, before.max)), yMax + 2 * span);
        double yPad = 0.06 * (hi - lo);
        chart.x.range(xLo, xHi, false, 0);
        chart.y.range(lo - yPad, hi + yPad, false, 0);

        boolean residuals = showResiduals.get() && !DataLayer.many(data);
        List<Item> items = RegressionLegend.items(residuals, terms ? s.network() : null,
                s.beyond().holdsOut(), others.comparing() ? others.legendItems() : null);
        double legendHeight = legend.height(items, width - 2 * chart.pad());
        chart.layout(width, height, legendHeight, n -> NiceTicks.linear(xLo, xHi, n),
                n -> NiceTicks.linear(chart.y.lo(), chart.y.hi(), n),
                terms ? n -> NiceTicks.linear(chart.y2.lo(), chart.y2.hi(), n) : null);
        chart.drawGrid(g);
        DataLayer points = new DataLayer(chart, s.data(), this::pointPosition, this::shownF, s.beyond()::heldOut,
                density);
        points.drawDensity(g);
        g.setLineWidth(chart.curveWidth());
        g.setLineDashes(9 * chart.s(), 6 * chart.s());
        g.setStroke(Palette.INITIAL_CURVE);
        before.stroke(g, chart);
        if (terms) {
            contributions.stroke(g, chart, s.network());
        }
        others.strokeOthers(g, chart);
        g.setLineDashes();
        g.setLineWidth(chart.curveWidth());
        g.setStroke(others.shownColour());
        now.stroke(g, chart);
        if (showResiduals.get()) {
            points.drawResiduals(g);
        }
        chart.coverMargins(g, width);
        chart.drawFrame(g, "x", "f(x)");
        if (terms) {
            RightAxis.draw(g, chart, Contributions.AXIS_TITLE);
        }
        legend.draw(g, items, chart.pad(), chart.pad(), width - 2 * chart.pad());
        offScale = OffScaleNote.of(now, before, chart);
        OffScaleNote.drawAll(g, chart, offScale);
        points.drawPoints(g, selectedPoint.get(), hovered, editing.previewed());
        if (pointEdits.get() != null) {
            notes.drawHint(g, chart, width);
        }
        int told = editing.previewed() >= 0 ? editing.previewed() : hovered;
        if (told >= 0 && told < data.size()) {
            Point2D p = pointPosition(told);
            String text = "point " + (told + 1) + ":  x = " + NiceTicks.significant(shownX(told), 4)
                    + ",  y = " + NiceTicks.significant(shownY(told), 4)
                    + ",  f(x) = " + NiceTicks.significant(shownF(told), 4);
            chart.drawCallout(g, text, p.getX(), p.getY(), width);
        }
        notes.drawToast(g, chart, width);
    }
}
