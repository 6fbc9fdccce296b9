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
import studio.backprop.engine.DataSet;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
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
public final class RegressionView extends PointPlotPane {

    private final BooleanProperty showResiduals = new SimpleBooleanProperty(this, "showResiduals", true);
    private final BooleanProperty showContributions = new SimpleBooleanProperty(this, "showContributions", false);
    private final ObjectProperty<PointEdits> pointEdits = new SimpleObjectProperty<>(this, "pointEdits");
    private final Contributions contributions = new Contributions();
    private final ChartLegend legend = new ChartLegend(chart);
    private final CurveSampler now = new CurveSampler();
    private final PointDensity density = new PointDensity();
    private final CurveSampler before = new CurveSampler();
    private final ComparedCurves others = new ComparedCurves();
    private final ObjectProperty<List<ComparedRun>> compared = new SimpleObjectProperty<>(this, "compared", List.of());
    private List<OffScaleNote> offScale = List.of();

    public RegressionView(ObservableValue<TrainingSnapshot> snapshot, IntegerProperty selectedPoint) {
        super(snapshot, selectedPoint);
        getStyleClass().add("regression-view");
        showResiduals.addListener((obs, old, on) -> invalidate());
        showContributions.addListener((obs, old, on) -> invalidate());
        pointEdits.addListener((obs, old, edits) -> invalidate());
        compared.addListener((obs, old, runs) -> invalidate());
        // Delete reaches only the focus owner; a click gives the view focus while editing is on.
        focusTraversableProperty().bind(pointEdits.isNotNull());
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

    /** The runs compared, each drawn as a curve of its own colour; empty (the default) when not comparing. */
    public ObjectProperty<List<ComparedRun>> comparedProperty() {
        return compared;
    }

    /** Where data edits go; null (the default) for a read-only plot. */
    public ObjectProperty<PointEdits> pointEditsProperty() {
        return pointEdits;
    }

    @Override
    public Point2D pointPosition(int k) {
        if (drawn == null || k < 0 || k >= drawn.data().size()) {
            return null;
        }
        return toPixel(shownX(k), shownY(k));
    }

    /** What the plot says about curves out of sight, as last drawn. */
    List<OffScaleNote> offScaleNotes() {
        return offScale;
    }

    @Override
    public boolean editable() {
        return pointEdits.get() != null;
    }

    @Override
    public Point2D place(int k) {
        return new Point2D(drawn.data().x(k), drawn.data().y(k));
    }

    @Override
    public void add(Point2D at, boolean shift) {
        pointEdits.get().add(at.getX(), at.getY());
    }

    @Override
    public void move(int k, Point2D to) {
        pointEdits.get().move(k, to.getX(), to.getY());
    }

    @Override
    public void delete(int k) {
        pointEdits.get().delete(k);
    }

    @Override
    public void toggleHeldOut(int k) {
        pointEdits.get().toggleHeldOut(k);
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

    @Override
    protected void draw(GraphicsContext g, TrainingSnapshot s, double width, double height) {
        if (s.data().inputs() != 1) { // the output map shows such data
            return;
        }
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
