package studio.backprop.ui.map;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.ChartLegend.Item;
import studio.backprop.ui.chart.ChartLegend;
import studio.backprop.ui.chart.NiceTicks;
import studio.backprop.ui.regression.PointPlotPane;

/**
 * A network of two inputs seen from above: the input square coloured by the output f(x), the decision
 * boundary where the classes part, and the data on top, coloured by target. While training runs the
 * field is computed on a coarse grid, cheap enough for every frame; paused, on a fine one.
 */
public final class OutputMapView extends PointPlotPane {
    /** Grid points a side while training runs, and when paused. */
    public static final int COARSE = 48;
    public static final int FINE = 144;

    private final ObjectProperty<MapEdits> mapEdits = new SimpleObjectProperty<>(this, "mapEdits");
    private final ChartLegend legend = new ChartLegend(chart);
    private final MapRefiner refiner = new MapRefiner();
    private final PointSprites sprites = new PointSprites();
    /** The field drawn: coarse while training runs, fine once the refiner brings it. */
    private MapGrid grid;
    private long evaluationNanos;

    public OutputMapView(ObservableValue<TrainingSnapshot> snapshot, IntegerProperty selectedPoint) {
        super(snapshot, selectedPoint, "click: first class · Shift+click: second · drag: move · right-click: remove",
                "click · Shift+click · drag · right-click");
        getStyleClass().add("output-map");
        mapEdits.addListener((obs, old, edits) -> invalidate());
        focusTraversableProperty().bind(mapEdits.isNotNull());
    }

    /** Where data edits go; null (the default) for a read-only map. */
    public ObjectProperty<MapEdits> mapEditsProperty() {
        return mapEdits;
    }

    /** The grid points a side of the field last drawn: coarse while training runs, fine when paused. */
    public int gridSize() {
        return grid == null ? 0 : grid.size();
    }

    /** How long the last evaluation of the field took, in nanoseconds (0 when the last frame reused it). */
    public long evaluationNanos() {
        return evaluationNanos;
    }

    /** The output at grid point (i, j) of the field last drawn, i along x1 and j along x2 from their lows. */
    public double fieldValue(int i, int j) {
        return grid.value(i, j);
    }

    @Override
    public Point2D pointPosition(int k) {
        if (drawn == null || k < 0 || k >= drawn.data().size()) {
            return null;
        }
        Point2D at = k == editing.previewed() ? editing.preview()
                : new Point2D(drawn.data().x(k, 0), drawn.data().x(k, 1));
        return toPixel(at.getX(), at.getY());
    }

    @Override
    public boolean editable() {
        return mapEdits.get() != null;
    }

    @Override
    public Point2D place(int k) {
        return new Point2D(drawn.data().x(k, 0), drawn.data().x(k, 1));
    }

    /** A point of the first class, or with Shift of the second; for other targets, one typed by the class. */
    @Override
    public void add(Point2D at, boolean shift) {
        double[] x = {at.getX(), at.getY()};
        if (MapScale.of(drawn.data()).classes()) {
            mapEdits.get().add(x, target(at, shift));
        } else {
            typedTarget.ask(x[0], x[1], target(at, shift)).ifPresent(y -> mapEdits.get().add(x, y));
        }
    }

    /** Asks a new point's target where the targets are not classes. */
    @FunctionalInterface
    public interface TargetQuestion {
        Optional<Double> ask(double x1, double x2, double suggested);
    }

    private TargetQuestion typedTarget = TargetDialog::ask;

    /** For tests: answers in place of the dialog. */
    public void askTargetsWith(TargetQuestion question) {
        typedTarget = question;
    }

    @Override
    public void move(int k, Point2D to) {
        mapEdits.get().move(k, new double[] {to.getX(), to.getY()});
    }

    @Override
    public void delete(int k) {
        mapEdits.get().delete(k);
    }

    @Override
    public void toggleHeldOut(int k) {
        mapEdits.get().toggleHeldOut(k);
    }

    /**
     * A new point's target: a class by the Shift key; for targets that are not classes, the network's
     * output there now to 3 digits, which the dialog offers.
     */
    private double target(Point2D x, boolean second) {
        MapScale scale = MapScale.of(drawn.data());
        if (scale.classes()) {
            return second ? scale.secondClass() : scale.firstClass();
        }
        double f = outputAt(x.getX(), x.getY());
        return Double.isFinite(f) ? Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", f)) : scale.middle();
    }

    /** The output of the network last drawn at (x1, x2); NaN before the first draw. */
    double outputAt(double x1, double x2) {
        return drawn == null ? Double.NaN : new Predictor(drawn.network()).at(x1, x2).output();
    }

    @Override
    protected void draw(GraphicsContext g, TrainingSnapshot s, double width, double height) {
        drawn = s;
        chart.setScale(scale());
        DataSet data = s.data();
        MapScale scale = MapScale.of(data);
        InputDomain domain = InputDomain.of(data);
        evaluationNanos = 0;
        if (grid == null || !grid.of(s.network(), data) || s.running() && grid.size() != COARSE) {
            long start = System.nanoTime();
            grid = MapGrid.evaluate(s.network(), data, COARSE, scale);
            evaluationNanos = System.nanoTime() - start;
        }
        if (!s.running() && grid.size() != FINE) {
            refiner.refine(s.network(), data, FINE, scale, this::refined);
        }
        List<Item> items = MapPoints.legendItems(scale, s.beyond().holdsOut());
        double bar = ColourBar.width(chart, scale);
        // the legend keeps clear of the colour bar's title above the bar
        double legendWidth = width - 2 * chart.pad() - bar;
        double legendHeight = legend.height(items, legendWidth);
        layoutSquare(domain, width - bar, height, legendHeight);
        grid.drawField(g, chart.left(), chart.top(), chart.right(), chart.bottom(), !s.running());
        if (scale.classes()) {
            g.setStroke(Palette.BOUNDARY);
            g.setLineWidth(chart.curveWidth());
            g.setLineDashes();
            grid.strokeContour(g, scale.middle(), chart.left(), chart.top(), chart.right(), chart.bottom());
        }
        chart.coverMargins(g, width);
        chart.drawFrame(g, "x1", "x2");
        ColourBar.draw(g, chart, scale, chart.right());
        legend.draw(g, items, chart.pad(), chart.pad(), legendWidth);
        MapPoints.draw(g, chart, data, scale, this::pointPosition, s.beyond()::heldOut, selectedPoint.get(), hovered,
                s.running() ? sprites : null);
        if (mapEdits.get() != null) {
            notes.drawHint(g, chart, width);
        }
        int told = editing.previewed() >= 0 ? editing.previewed() : hovered;
        if (told >= 0 && told < data.size()) {
            callout(g, s, told, width);
        }
        notes.drawToast(g, chart, width);
    }

    private void refined(MapGrid fine) {
        TrainingSnapshot s = snapshot.getValue();
        if (s != null && !s.running() && fine.of(s.network(), s.data())) {
            grid = fine;
            invalidate();
        }
    }

    /** The plot with equal units on both axes where the room allows, so a circle in the data looks round. */
    private void layoutSquare(InputDomain domain, double width, double height, double legendHeight) {
        double lo0 = domain.lo(0);
        double hi0 = domain.hi(0);
        double lo1 = domain.lo(1);
        double hi1 = domain.hi(1);
        Chart.TickSource xs = c -> NiceTicks.linear(lo0, hi0, c);
        Chart.TickSource ys = c -> NiceTicks.linear(lo1, hi1, c);
        chart.x.range(lo0, hi0, false, 0);
        chart.y.range(lo1, hi1, false, 0);
        chart.layout(width, height, legendHeight, xs, ys);
        double ratio = Math.max(0.5, Math.min(2, (hi0 - lo0) / (hi1 - lo1)));
        double extra = (chart.right() - chart.left()) - (chart.bottom() - chart.top()) * ratio;
        if (extra > 1) {
            chart.layout(width - extra, height, legendHeight, xs, ys);
        } else if (extra < -1) {
            chart.layout(width, height + extra / ratio, legendHeight, xs, ys);
        }
    }

    private void callout(GraphicsContext g, TrainingSnapshot s, int k, double width) {
        Point2D p = pointPosition(k);
        boolean moved = k == editing.previewed();
        Point2D x = moved ? editing.preview() : new Point2D(s.data().x(k, 0), s.data().x(k, 1));
        double f = moved ? outputAt(x.getX(), x.getY()) : s.prediction(k);
        String text = "point " + (k + 1) + ":  x = (" + NiceTicks.significant(x.getX(), 3) + ", "
                + NiceTicks.significant(x.getY(), 3) + "),  y = " + NiceTicks.significant(s.data().y(k), 4)
                + ",  f(x) = " + NiceTicks.significant(f, 4);
        chart.drawCallout(g, text, p.getX(), p.getY(), width);
    }
}
