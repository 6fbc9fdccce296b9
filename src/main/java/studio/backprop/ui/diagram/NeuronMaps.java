package studio.backprop.ui.diagram;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import studio.backprop.engine.Activation;
import studio.backprop.engine.InputDomain;
import studio.backprop.engine.Network;
import studio.backprop.engine.Predictor;
import studio.backprop.ui.Palette;
import studio.backprop.ui.map.MapColours;

/**
 * Every hidden neuron's output h_li(x1, x2) over the output map's square, drawn small in its circle on
 * the map's colours: the 2-D form of the neurons' curves, so the class sees lines combine into curves.
 * One forward pass over a {@value #SIDE} by {@value #SIDE} grid gives every neuron's map at once.
 */
final class NeuronMaps {
    static final int SIDE = 20;

    private final double[] xs = new double[2 * SIDE * SIDE];
    private final int[] pixels = new int[SIDE * SIDE];
    /** [l][i]: neuron i of layer l's map, the top row at the highest x2. */
    private WritableImage[][] images = new WritableImage[0][];
    private InputDomain domain;

    void sample(Network network, InputDomain domain) {
        this.domain = domain;
        int depth = network.depth();
        if (images.length != depth + 1 || !fits(network)) {
            images = new WritableImage[depth + 1][];
            for (int l = 1; l < depth; l++) {
                images[l] = new WritableImage[network.architecture().size(l)];
                for (int i = 0; i < images[l].length; i++) {
                    images[l][i] = new WritableImage(SIDE, SIDE);
                }
            }
        }
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                xs[2 * (j * SIDE + i)] = domain.at(0, i, SIDE);
                xs[2 * (j * SIDE + i) + 1] = domain.at(1, SIDE - 1 - j, SIDE);
            }
        }
        Predictor p = new Predictor(network).over(xs, SIDE * SIDE);
        for (int l = 1; l < depth; l++) {
            Activation a = network.architecture().activation(l);
            for (int i = 0; i < images[l].length; i++) {
                double lo = a == Activation.SIGMOID ? 0 : -1;
                double hi = 1;
                if (a != Activation.SIGMOID && a != Activation.TANH) { // unbounded: the neuron's own range
                    lo = Double.POSITIVE_INFINITY;
                    hi = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < SIDE * SIDE; k++) {
                        double v = p.select(k).h(l, i);
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
                double mid = (lo + hi) / 2;
                double half = hi > lo ? (hi - lo) / 2 : 1;
                for (int k = 0; k < SIDE * SIDE; k++) {
                    pixels[k] = MapColours.field((p.select(k).h(l, i) - mid) / half);
                }
                images[l][i].getPixelWriter().setPixels(0, 0, SIDE, SIDE, PixelFormat.getIntArgbInstance(), pixels, 0,
                        SIDE);
            }
        }
    }

    private boolean fits(Network network) {
        for (int l = 1; l < network.depth(); l++) {
            if (images[l] == null || images[l].length != network.architecture().size(l)) {
                return false;
            }
        }
        return true;
    }

    /** Neuron i of layer l's map in its box, the selected point at inputs (x1, x2) marked on it. */
    void draw(GraphicsContext g, Layout.Box box, int l, int i, double x1, double x2, double sc) {
        g.setImageSmoothing(true);
        g.drawImage(images[l][i], box.x(), box.y(), box.w(), box.h());
        g.setStroke(Palette.NEURON_STROKE);
        g.setLineWidth(sc);
        g.strokeRect(box.x(), box.y(), box.w(), box.h());
        double fx = domain.fraction(0, x1);
        double fy = domain.fraction(1, x2);
        if (fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1) {
            double r = 2.5 * sc;
            g.setFill(Palette.SELECTED);
            g.fillOval(box.x() + box.w() * fx - r, box.y() + box.h() * (1 - fy) - r, 2 * r, 2 * r);
            g.setStroke(Palette.NEURON_STROKE);
            g.strokeOval(box.x() + box.w() * fx - r, box.y() + box.h() * (1 - fy) - r, 2 * r, 2 * r);
        }
    }
}
