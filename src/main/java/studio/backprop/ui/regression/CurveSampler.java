package studio.backprop.ui.regression;

import javafx.scene.canvas.GraphicsContext;
import studio.backprop.engine.Network;
import studio.backprop.engine.Predictor;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.Polyline;
import studio.backprop.ui.chart.Scale;

/**
 * Curves of one network sampled evenly over a range: f(x), or one series per neuron. Resampled only
 * when the network, the range or the count changes, so a hover redraw costs no forward pass.
 */
final class CurveSampler {
    /** Series k's value after a forward pass at some x. */
    interface Series {
        double value(Network network, Predictor at, int k);
    }

    /** The network's output f(x). */
    static final Series OUTPUT = (net, at, k) -> at.output();

    private final Series series;
    private final Polyline line = new Polyline();
    private double[][] values = new double[0][];
    private double[] xs = new double[0];
    private Network network;
    private double lo;
    private double hi;
    private int count;
    private int seriesCount;
    double min;
    double max;

    CurveSampler(Series series) {
        this.series = series;
    }

    CurveSampler() {
        this(OUTPUT);
    }

    /** Samples {@code k} series at n points from {@code from} to {@code to}. */
    void sample(Network net, double from, double to, int n, int k) {
        if (net == network && from == lo && to == hi && n == count && k == seriesCount) {
            return;
        }
        if (values.length != k || k > 0 && values[0].length < n) {
            values = new double[k][n];
        }
        if (xs.length < n) {
            xs = new double[n];
        }
        for (int i = 0; i < n; i++) {
            xs[i] = from + (to - from) * i / (n - 1);
        }
        Predictor predictor = new Predictor(net).over(xs, n);
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            predictor.select(i);
            for (int j = 0; j < k; j++) {
                double v = series.value(net, predictor, j);
                values[j][i] = v;
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        network = net;
        lo = from;
        hi = to;
        count = n;
        seriesCount = k;
    }

    void sample(Network net, double from, double to, int n) {
        sample(net, from, to, n, 1);
    }

    /** Strokes series k against the y scale given, breaking it where it is not a number. */
    void stroke(GraphicsContext g, Chart c, Scale y, int k) {
        boolean open = false;
        line.begin(g);
        for (int i = 0; i < count; i++) {
            double v = values[k][i];
            if (!Double.isFinite(v)) {
                open = false;
                continue;
            }
            double px = c.x.toPixel(lo + (hi - lo) * i / (count - 1));
            double py = c.clampY(y.toPixel(v));
            if (open) {
                line.lineTo(px, py);
            } else {
                line.moveTo(px, py);
                open = true;
            }
        }
        line.stroke();
    }

    void stroke(GraphicsContext g, Chart c) {
        stroke(g, c, c.y, 0);
    }
}
