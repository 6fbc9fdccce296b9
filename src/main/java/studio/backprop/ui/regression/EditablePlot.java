package studio.backprop.ui.regression;

import javafx.beans.property.IntegerProperty;
import javafx.geometry.Point2D;
import studio.backprop.engine.DataSet;
import studio.backprop.ui.chart.Chart;

/**
 * A plot whose points {@link PointEditing} edits with the mouse: the regression plot (x, y) and the
 * output map (x1, x2) alike. Places are in the plot's data coordinates unless they say pixels.
 */
public interface EditablePlot {
    /** Whether edits go anywhere now: without, the plot is read-only. */
    boolean editable();

    Chart chart();

    /** The data last drawn; null before the first draw. */
    DataSet shownData();

    IntegerProperty selectedPointProperty();

    /** Where point k was drawn (during a drag, its preview), in pixels; null before the first draw. */
    Point2D pointPosition(int k);

    /** Point k's place in the data, in the plot's coordinates. */
    Point2D place(int k);

    void redraw();

    /** Adds a point at {@code at}, clicked with Shift held or not. */
    void add(Point2D at, boolean shift);

    void move(int k, Point2D to);

    void delete(int k);

    /** Holds point k out of training, or takes it back in (a Shift+click on it). */
    void toggleHeldOut(int k);

    /** The point drawn nearest the pixel (px, py), within a pick radius; -1 when none is that near. */
    default int pointNear(double px, double py) {
        DataSet data = shownData();
        if (data == null) {
            return -1;
        }
        double limit = 10 * chart().s();
        int best = -1;
        for (int k = 0; k < data.size(); k++) {
            Point2D p = pointPosition(k);
            double d = Math.hypot(p.getX() - px, p.getY() - py);
            if (d <= limit) {
                best = k;
                limit = d;
            }
        }
        return best;
    }
}
