package studio.backprop.ui.diagram;

import java.util.List;
import studio.backprop.engine.IterationTrace;
import studio.backprop.ui.model.Phase;

/**
 * What the diagram shows while the stepper is at one phase of the iteration: which edges the step
 * uses (the rest fade), which neurons it computes (they get a halo) and the numbers it computes for
 * them, all for the selected point and from the iteration's trace.
 */
record PhaseDisplay(Phase phase, int depth) {

    /** How the used edges look: the weights a pass runs through, or the gradients and weights it makes. */
    EdgeStyle style() {
        return switch (phase.kind()) {
            case FORWARD, LOSS, BACKWARD -> EdgeStyle.WEIGHT;
            case EXPAND -> EdgeStyle.POINT_SHARE;
            case SUM -> EdgeStyle.SUMMED;
            case UPDATE -> EdgeStyle.UPDATED;
        };
    }

    /**
     * Forward and expand use the layer's incoming weights and biases; backward runs through the weights
     * out of the layer, transposed (biases play no part); the loss uses no weight; the sum and update
     * every one.
     */
    boolean uses(Edge e) {
        int l = phase.layer();
        return switch (phase.kind()) {
            case FORWARD, EXPAND -> e.layer() == l;
            case BACKWARD -> e.layer() == l + 1 && !e.isBias();
            case LOSS -> false;
            case SUM, UPDATE -> true;
        };
    }

    /** Whether this step computes something at the neuron. */
    boolean lit(Node n) {
        if (n.isBias()) {
            return false;
        }
        return switch (phase.kind()) {
            case FORWARD, BACKWARD, EXPAND, LOSS -> n.layer() == litLayer();
            case SUM, UPDATE -> false;
        };
    }

    /** What the numbers in the lit column are, written in place of its activation; null for none. */
    String columnCaption() {
        int l = phase.layer();
        return switch (phase.kind()) {
            case FORWARD -> "Σ_" + l + " and h_" + l;
            case LOSS -> "loss";
            case BACKWARD -> "dRSS/dh_" + l;
            case EXPAND -> "dRSS/db_" + l;
            case SUM, UPDATE -> null;
        };
    }

    /** The column {@link #columnCaption()} belongs to, or -1. */
    int litLayer() {
        return switch (phase.kind()) {
            case FORWARD, BACKWARD, EXPAND -> phase.layer();
            case LOSS -> depth;
            case SUM, UPDATE -> -1;
        };
    }

    /**
     * The numbers this step computes at a neuron, one per line; null where it computes none. A single
     * number goes where h goes, unnamed: the column caption names it, and a name would not fit a circle.
     */
    List<String> lines(Frame f, Node n) {
        if (!lit(n)) {
            return null;
        }
        int i = n.index();
        IterationTrace.LayerTrace t = f.layer(n.layer());
        return switch (phase.kind()) {
            case FORWARD -> List.of("Σ " + Numbers.output(t.sigma()[i]), "h " + Numbers.output(t.h()[i]));
            case LOSS -> {
                double fx = t.h()[i];
                double y = f.trace().point(f.point()).y()[i];
                yield List.of("f(x) = " + Numbers.output(fx), "y = " + Numbers.output(y),
                        "(f(x) − y)² = " + Numbers.derivative((fx - y) * (fx - y)),
                        "dRSS/dh = " + Numbers.derivative(t.dRssDh()[i]));
            }
            case BACKWARD -> List.of(Numbers.derivative(t.dRssDh()[i]));
            case EXPAND -> List.of(Numbers.derivative(t.dRssDb()[i]));
            case SUM, UPDATE -> null;
        };
    }
}
