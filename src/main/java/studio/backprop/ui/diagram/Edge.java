package studio.backprop.ui.diagram;

import studio.backprop.engine.Gradient;
import studio.backprop.engine.Network;
import studio.backprop.training.TrainingSnapshot;

/**
 * One weight a_lij (from neuron j of layer l-1 to neuron i of layer l) or, when {@code from} is
 * {@link Node#BIAS}, the bias b_li; with its segment, already trimmed to the node outlines.
 */
record Edge(int layer, int to, int from, double x1, double y1, double x2, double y2) {

    boolean isBias() {
        return from == Node.BIAS;
    }

    /** The chapter's 1-based name: a_2,1,3 or b_1,4. */
    String name() {
        return isBias() ? "b_" + layer + "," + (to + 1) : "a_" + layer + "," + (to + 1) + "," + (from + 1);
    }

    double value(Network n) {
        return isBias() ? n.bias(layer, to) : n.weight(layer, to, from);
    }

    double gradient(Gradient g) {
        return isBias() ? g.db(layer, to) : g.dA(layer, to, from);
    }

    double lastChange(TrainingSnapshot s) {
        return isBias() ? s.lastBiasChange(layer, to) : s.lastChange(layer, to, from);
    }

    /** Whether n is one end of this edge (a bias node is the start of every b_li of its next layer). */
    boolean touches(Node n) {
        return n.layer() == layer && n.index() == to
                || n.layer() == layer - 1 && n.index() == from;
    }

    /** The point a fraction t of the way back from the receiving end. */
    double xFromEnd(double t) {
        return x2 + (x1 - x2) * t;
    }

    double yFromEnd(double t) {
        return y2 + (y1 - y2) * t;
    }

    double midX() {
        return (x1 + x2) / 2;
    }

    double midY() {
        return (y1 + y2) / 2;
    }

    /** Distance from a point to the segment, not to its infinite line. */
    double distanceTo(double px, double py) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}
