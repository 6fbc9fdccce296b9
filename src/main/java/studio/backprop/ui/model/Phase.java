package studio.backprop.ui.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of the chapter's iteration for one data point, as the phase stepper walks it: forward
 * layer by layer, the loss, backward layer by layer, the expansion to weight gradients layer by
 * layer, then the sum over all points and the update.
 *
 * @param kind  which of the chapter's steps
 * @param layer the chapter's layer number l (1..L+1) for FORWARD, BACKWARD and EXPAND; 0 otherwise
 */
public record Phase(Kind kind, int layer) {

    public enum Kind { FORWARD, LOSS, BACKWARD, EXPAND, SUM, UPDATE }

    /** Every phase of one iteration, in the chapter's order, for a network with layers 1..depth. */
    public static List<Phase> sequence(int depth) {
        List<Phase> phases = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            phases.add(new Phase(Kind.FORWARD, l));
        }
        phases.add(new Phase(Kind.LOSS, 0));
        for (int l = depth; l >= 1; l--) {
            phases.add(new Phase(Kind.BACKWARD, l));
        }
        for (int l = depth; l >= 1; l--) {
            phases.add(new Phase(Kind.EXPAND, l));
        }
        phases.add(new Phase(Kind.SUM, 0));
        phases.add(new Phase(Kind.UPDATE, 0));
        return List.copyOf(phases);
    }

    /** A short caption: "Forward, layer 2: Σ_2 = A_2 h_1 + b_2, h_2 = σ(Σ_2)". */
    public String title() {
        return switch (kind) {
            case FORWARD -> "Forward, layer " + layer + ": Σ_" + layer + " = A_" + layer + " h_" + (layer - 1)
                    + " + b_" + layer + ", h_" + layer + " = σ(Σ_" + layer + ")";
            case LOSS -> "Loss: (f(x) − y)² and dRSS/dh of the output = 2 (f(x) − y)";
            case BACKWARD -> "Backward, layer " + layer + ": dRSS/dh_" + layer;
            case EXPAND -> "Expand, layer " + layer + ": dRSS/db_" + layer + " and dRSS/dA_" + layer;
            case SUM -> "Sum over all points";
            case UPDATE -> "Update: A_l − α dRSS/dA_l, b_l − α dRSS/db_l";
        };
    }
}
