package studio.backprop.ui.regression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import studio.backprop.engine.DataSet;
import studio.backprop.ui.chart.Chart;

/**
 * A plot's data editing, active while the plot is {@link EditablePlot#editable}: a click on empty plot
 * space adds a point, a drag moves one, a right-click or Delete removes one, a Shift+click on a point
 * holds it out. A drag is one edit, not one per
 * mouse event: the point follows the pointer as a preview and the app hears of it once, on release.
 * The point moves by the pointer's motion, not to the pointer: grabbing it off-centre makes no jump, a
 * press without a drag changes nothing, and an axis the pointer did not move along keeps its value.
 */
public final class PointEditing {
    /** Smaller movements are a shaky click, not a drag. */
    private static final double DRAG_THRESHOLD = 3;
    private final Region view;
    private final EditablePlot plot;
    private final EditNotes notes;
    /** Keeps the dropped point where it was dropped until the edited data arrives in a snapshot. */
    private final PauseTransition hold = new PauseTransition(Duration.seconds(1.5));
    private int pressed = -1;
    private double pressX;
    private double pressY;
    /** The pressed point's place when it was grabbed: in data coordinates, and in pixels. */
    private Point2D grabbed;
    private Point2D grabbedPixel;
    private boolean dragging;
    private boolean justDragged;
    private int previewed = -1;
    private Point2D preview;
    private DataSet previewedData;

    /** Edits the points of {@code plot}, drawn in {@code view}, telling refusals in {@code notes}. */
    public PointEditing(Region view, EditablePlot plot, EditNotes notes) {
        this.view = view;
        this.plot = plot;
        this.notes = notes;
        hold.setOnFinished(e -> endPreview());
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> view.setCursor(cursorAt(e.getX(), e.getY())));
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The point drawn at {@link #preview()} instead of its place in the data, or -1. */
    public int previewed() {
        return previewed;
    }

    /** Where the previewed point is drawn, in data coordinates. */
    public Point2D preview() {
        return preview;
    }

    /** A new snapshot: the end of a preview once it carries the edited data. */
    public void snapshotChanged(DataSet data) {
        if (previewed >= 0 && data != null && !data.equals(previewedData)) {
            dragging = false;
            pressed = -1;
            endPreview();
        }
    }


    private void pressed(MouseEvent e) {
        if (!plot.editable()) {
            return;
        }
        view.requestFocus();
        int k = e.getButton() == MouseButton.PRIMARY ? plot.pointNear(e.getX(), e.getY()) : -1;
        if (k >= 0) {
            plot.selectedPointProperty().set(k);
            pressed = k;
            pressX = e.getX();
            pressY = e.getY();
            grabbed = plot.place(k);
            grabbedPixel = plot.pointPosition(k);
        }
    }

    private void dragged(MouseEvent e) {
        if (pressed < 0 || !plot.editable()
                || !dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        hold.stop();
        dragging = true;
        previewed = pressed;
        previewedData = plot.shownData();
        preview = movedBy(e.getX() - pressX, e.getY() - pressY);
        view.setCursor(Cursor.CLOSED_HAND);
        plot.redraw();
    }

    private void released(MouseEvent e) {
        pressed = -1;
        if (!dragging) {
            return;
        }
        dragging = false;
        justDragged = true;
        view.setCursor(cursorAt(e.getX(), e.getY()));
        if (preview.equals(grabbed)) {
            endPreview();
        } else if (attempt(() -> plot.move(previewed, preview))) {
            hold.playFromStart();
        } else {
            endPreview();
        }
    }

    private void clicked(MouseEvent e) {
        boolean afterDrag = justDragged;
        justDragged = false;
        if (!plot.editable() || afterDrag || !e.isStillSincePress()) {
            return;
        }
        int k = plot.pointNear(e.getX(), e.getY());
        if (e.getButton() == MouseButton.PRIMARY && e.isShiftDown() && k >= 0) {
            attempt(() -> plot.toggleHeldOut(k));
        } else if (e.getButton() == MouseButton.PRIMARY && k < 0 && plot.chart().inPlot(e.getX(), e.getY())) {
            Point2D p = tidy(e.getX(), e.getY());
            attempt(() -> plot.add(p, e.isShiftDown()));
        } else if (e.getButton() == MouseButton.SECONDARY && k >= 0) {
            attempt(() -> plot.delete(k));
        }
    }

    /** The keys this handles now: Delete while points can be edited, Esc while a point is dragged. */
    public boolean claims(KeyCode code) {
        return plot.editable() && (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE
                || code == KeyCode.ESCAPE && dragging);
    }

    private void key(KeyEvent e) {
        if (!plot.editable()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && dragging) {
            dragging = false;
            pressed = -1;
            endPreview();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            int k = plot.selectedPointProperty().get();
            DataSet data = plot.shownData();
            if (data != null && k >= 0 && k < data.size()) {
                attempt(() -> plot.delete(k));
            }
            e.consume();
        }
    }

    /** Runs an edit; a refusal is shown on the plot instead of escaping into the event system. */
    private boolean attempt(Runnable edit) {
        try {
            edit.run();
            return true;
        } catch (IllegalArgumentException refused) {
            notes.show(refused.getMessage());
            plot.redraw();
            return false;
        }
    }

    private void endPreview() {
        hold.stop();
        previewed = -1;
        preview = null;
        previewedData = null;
        plot.redraw();
    }

    private Cursor cursorAt(double x, double y) {
        if (!plot.editable()) {
            return Cursor.DEFAULT;
        }
        return plot.pointNear(x, y) >= 0 ? Cursor.HAND : plot.chart().inPlot(x, y) ? Cursor.CROSSHAIR : Cursor.DEFAULT;
    }

    /**
     * The grabbed point moved by (dx, dy) pixels, kept in the plot. Each axis moved along is tidied as a
     * placed point is; an axis not moved along keeps its value bit for bit.
     */
    private Point2D movedBy(double dx, double dy) {
        Chart c = plot.chart();
        double px = Math.max(c.left(), Math.min(c.right(), grabbedPixel.getX() + dx));
        double py = Math.max(c.top(), Math.min(c.bottom(), grabbedPixel.getY() + dy));
        Point2D tidy = tidy(px, py);
        return new Point2D(px == grabbedPixel.getX() ? grabbed.getX() : tidy.getX(),
                py == grabbedPixel.getY() ? grabbed.getY() : tidy.getY());
    }

    /**
     * The data coordinates under a pixel, rounded to the decimal step one pixel spans: a point placed
     * by hand reads 0.403, not 0.40312876, and is still within a pixel of where it was put.
     */
    private Point2D tidy(double px, double py) {
        Chart c = plot.chart();
        return new Point2D(round(c.x.toValue(px), Math.abs(c.x.toValue(px + 1) - c.x.toValue(px))),
                round(c.y.toValue(py), Math.abs(c.y.toValue(py + 1) - c.y.toValue(py))));
    }

    /** v rounded to the decimal step of one pixel's span: what a point placed by hand reads. */
    public static double round(double v, double pixel) {
        if (!(pixel > 0) || !Double.isFinite(v)) {
            return v;
        }
        int decimals = (int) -Math.floor(Math.log10(pixel));
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }
}
