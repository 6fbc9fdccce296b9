package studio.backprop.ui.chart;

import javafx.scene.canvas.GraphicsContext;

/**
 * A stroked line through many points that sends the canvas only the vertices that change its shape by
 * more than {@value #TOLERANCE} px: a smooth curve sampled every 2 px needs a tenth of them, and the
 * renderer's cost grows with the vertices it strokes (in software above all, where a frame of four
 * compared runs spends most of its time stroking). Reused from frame to frame; FX thread only.
 */
public final class Polyline {
    /** Far below what a line 2 px or more wide shows. */
    static final double TOLERANCE = 0.2;
    /** A run of points checked against one chord is cut here, so a long straight line costs no more than this. */
    private static final int MAX_RUN = 24;
    private final double[] xs = new double[MAX_RUN];
    private final double[] ys = new double[MAX_RUN];
    /** Points since the last vertex sent, that vertex first; 0 when no subpath is open. */
    private int n;
    private GraphicsContext g;
    private Sink sink;
    private final Sink canvasSink = new Sink() {
        @Override
        public void moveTo(double x, double y) {
            g.moveTo(x, y);
        }

        @Override
        public void lineTo(double x, double y) {
            g.lineTo(x, y);
        }
    };

    /** Where the vertices go: a canvas's path, or a test's list. */
    interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);
    }

    /** Starts a path on {@code canvas}. */
    public void begin(GraphicsContext canvas) {
        g = canvas;
        g.beginPath();
        begin(canvasSink);
    }

    void begin(Sink to) {
        sink = to;
        n = 0;
    }

    /** Starts a subpath at (x, y). */
    public void moveTo(double x, double y) {
        flush();
        sink.moveTo(x, y);
        xs[0] = x;
        ys[0] = y;
        n = 1;
    }

    /** Goes on to (x, y); the point is sent only once a later one shows it is needed. */
    public void lineTo(double x, double y) {
        if (n == 0) {
            moveTo(x, y);
            return;
        }
        if (n == MAX_RUN || n >= 2 && !chordFits(x, y)) {
            double vx = xs[n - 1];
            double vy = ys[n - 1];
            sink.lineTo(vx, vy);
            xs[0] = vx;
            ys[0] = vy;
            n = 1;
        }
        xs[n] = x;
        ys[n] = y;
        n++;
    }

    /** Ends the path and strokes it with the canvas's stroke settings. */
    public void stroke() {
        flush();
        g.stroke();
    }

    /** Sends the last point of the subpath open, which ends it. */
    void flush() {
        if (n >= 2) {
            sink.lineTo(xs[n - 1], ys[n - 1]);
        }
        n = 0;
    }

    /** True when every point since the last vertex lies within the tolerance of the chord from it to (x, y). */
    private boolean chordFits(double x, double y) {
        double dx = x - xs[0];
        double dy = y - ys[0];
        double length = Math.hypot(dx, dy);
        for (int i = 1; i < n; i++) {
            double px = xs[i] - xs[0];
            double py = ys[i] - ys[0];
            double off = length == 0 ? Math.hypot(px, py) : Math.abs(px * dy - py * dx) / length;
            // Beyond either end of the chord counts too: a line that turns back must keep its turn.
            double along = length == 0 ? 0 : (px * dx + py * dy) / length;
            if (off > TOLERANCE || along < -TOLERANCE || along > length + TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
