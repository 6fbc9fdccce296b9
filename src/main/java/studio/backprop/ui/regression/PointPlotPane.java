package studio.backprop.ui.regression;

import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import studio.backprop.engine.DataSet;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.ClaimsKeys;
import studio.backprop.ui.SnapshotCanvasPane;
import studio.backprop.ui.chart.Chart;

/**
 * A chart of the data's points that the class points at and edits: the regression plot and the output
 * map. A click selects the point under it, hovering tells which, and {@link PointEditing} edits the
 * points when the plot is {@link #editable}.
 */
public abstract class PointPlotPane extends SnapshotCanvasPane implements EditablePlot, ClaimsKeys {
    protected final Chart chart = new Chart();
    protected final IntegerProperty selectedPoint;
    protected final EditNotes notes;
    protected final PointEditing editing;
    /** The snapshot last drawn; null before the first draw. */
    protected TrainingSnapshot drawn;
    protected int hovered = -1;

    /** @param hints the editing hint in full and shortened, or none for the regression plot's */
    protected PointPlotPane(ObservableValue<TrainingSnapshot> snapshot, IntegerProperty selectedPoint, String... hints) {
        super(snapshot);
        this.selectedPoint = selectedPoint;
        notes = hints.length == 2 ? new EditNotes(this::redraw, hints[0], hints[1]) : new EditNotes(this::redraw);
        selectedPoint.addListener((obs, old, k) -> invalidate());
        editing = new PointEditing(this, this, notes);
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

    @Override
    public IntegerProperty selectedPointProperty() {
        return selectedPoint;
    }

    @Override
    public boolean claims(KeyCode code) {
        return editing.claims(code);
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

    @Override
    public Chart chart() {
        return chart;
    }

    @Override
    public DataSet shownData() {
        return drawn == null ? null : drawn.data();
    }

    @Override
    public void redraw() {
        invalidate();
    }

    private void hover(int k) {
        if (k != hovered) {
            hovered = k;
            invalidate();
        }
    }
}
