package studio.backprop.ui.diagram;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Network;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;

/**
 * Every hidden neuron's output h_li(x) over the regression plot's x range, drawn small in its circle so
 * the class sees sigmoids combine into bumps. One forward pass over all {@value #SAMPLES} samples gives every
 * neuron's h, and only when the weights change.
 */
final class NeuronCurves {
    static final int SAMPLES = 40;

    private Network network;
    private Architecture shape;
    private InputDomain domain;
    /** [l][i][k]: h of neuron i of layer l at sample k. */
    private double[][][] h = new double[0][][];
    private double[][] min = new double[0][];
    private double[][] max = new double[0][];
    private final double[] sampleX = new double[SAMPLES];
    private final double[] xs = new double[SAMPLES];
    private final double[] ys = new double[SAMPLES];
    /** For two inputs, each neuron's map in place of its curve. */
    private final NeuronMaps maps = new NeuronMaps();

    void sample(TrainingSnapshot s) {
        if (s.network() == network) {
            return;
        }
        network = s.network();
        domain = InputDomain.of(s.data());
        if (maps()) {
            maps.sample(network, domain);
            return;
        }
        int depth = network.depth();
        if (!network.architecture().equals(shape)) {
            shape = network.architecture();
            h = new double[depth + 1][][];
            min = new double[depth + 1][];
            max = new double[depth + 1][];
            for (int l = 1; l < depth; l++) {
                int n = network.architecture().size(l);
                h[l] = new double[n][SAMPLES];
                min[l] = new double[n];
                max[l] = new double[n];
            }
        }
        for (int k = 0; k < SAMPLES; k++) {
            sampleX[k] = domain.at(0, k, SAMPLES);
        }
        Predictor p = new Predictor(network).over(sampleX, SAMPLES);
        for (int l = 1; l < depth; l++) {
            Arrays.fill(min[l], Double.POSITIVE_INFINITY);
            Arrays.fill(max[l], Double.NEGATIVE_INFINITY);
        }
        for (int k = 0; k < SAMPLES; k++) {
            p.select(k);
            for (int l = 1; l < depth; l++) {
                for (int i = 0; i < h[l].length; i++) {
                    double v = p.h(l, i);
                    h[l][i][k] = v;
                    if (Double.isFinite(v)) {
                        min[l][i] = Math.min(min[l][i], v);
                        max[l][i] = Math.max(max[l][i], v);
                    }
                }
            }
        }
    }

    /** Whether the neurons show maps over two inputs rather than curves over one. */
    boolean maps() {
        return domain != null && domain.inputs() == 2;
    }

    /** Whether the hidden neurons' maps leave their values to the pointer (too small for a tab as well). */
    boolean valuesOnHover(Layout layout) {
        return maps() && layout.neurons.length > 2 && !layout.valueOnMap(layout.neuron(1, 0));
    }

    /** Where neuron n draws its curve or its map; null where it draws neither. */
    Layout.Box box(Layout layout, Node n) {
        return maps() ? layout.mapBox(n) : layout.curveBox(n);
    }

    /** Neuron n's curve or map, with the frame's selected point marked: at its inputs, before any features. */
    void draw(GraphicsContext g, Layout.Box box, Node n, Frame f, double sc) {
        DataSet data = f.snapshot().data();
        if (maps()) {
            maps.draw(g, box, n.layer(), n.index(), data.x(f.point(), 0), data.x(f.point(), 1), sc);
        } else {
            draw(g, box, n.layer(), n.index(), data.x(f.point()), f.at().h(n.layer(), n.index()), sc);
        }
    }

    /**
     * Draws neuron i of layer l's curve in its box, with the selected point marked on it: the number in
     * the circle is that dot's height. A sigmoid's box spans 0..1, so flat and saturated read as such;
     * other activations span their own range.
     */
    private void draw(GraphicsContext g, Layout.Box box, int l, int i, double selectedX, double selectedH, double sc) {
        boolean sigmoid = network.architecture().activation(l) == Activation.SIGMOID;
        double lo = sigmoid ? 0 : min[l][i];
        double hi = sigmoid ? 1 : max[l][i];
        double span = hi > lo ? hi - lo : 1;
        double mid = hi > lo ? 0 : 0.5;
        for (int k = 0; k < SAMPLES; k++) {
            xs[k] = box.x() + box.w() * k / (SAMPLES - 1);
            double v = h[l][i][k];
            double t = Double.isFinite(v) ? (v - lo) / span + mid : mid;
            ys[k] = box.y() + box.h() * (1 - Math.max(0, Math.min(1, t)));
        }
        g.setStroke(Palette.GRID);
        g.setLineWidth(sc);
        g.strokeLine(box.x(), box.y() + box.h(), box.x() + box.w(), box.y() + box.h());
        g.setStroke(Palette.NEURON_CURVE);
        g.setLineWidth(2 * sc);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.strokePolyline(xs, ys, SAMPLES);
        double fx = domain.fraction(0, selectedX);
        double fy = Double.isFinite(selectedH) ? (selectedH - lo) / span + mid : mid;
        if (fx >= 0 && fx <= 1) {
            double r = 2.5 * sc;
            g.setFill(Palette.SELECTED);
            g.fillOval(box.x() + box.w() * fx - r, box.y() + box.h() * (1 - Math.max(0, Math.min(1, fy))) - r,
                    2 * r, 2 * r);
        }
    }
}
