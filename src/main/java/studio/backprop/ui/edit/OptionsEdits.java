package studio.backprop.ui.edit;

import java.util.List;
import java.util.OptionalLong;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;

/**
 * Edits of the training options (batches, penalty, points held out), each one undoable step of the
 * {@link ExperimentEditor}: training goes on from the weights reached, the batches at the start of an
 * epoch. A refused value throws and changes nothing.
 */
public final class OptionsEdits {
    private final ExperimentEditor editor;

    public OptionsEdits(ExperimentEditor editor) {
        this.editor = editor;
    }

    private TrainingOptions now() {
        return editor.state().options();
    }

    /** Points per update; 0 for every point (the chapter's full batch). */
    public void setBatchSize(int size) {
        change(now().withBatchSize(size), size == 0 ? "batch: every point" : "batch size " + size);
    }

    /** A new order each epoch from {@code seed}, or data order when empty. */
    public void setShuffle(OptionalLong seed) {
        change(now().withShuffle(seed), seed.isPresent() ? "shuffle, seed " + seed.getAsLong() : "data order");
    }

    public void setPenalty(Penalty penalty) {
        change(now().withPenalty(penalty), "penalty L1 " + penalty.l1() + ", L2 " + penalty.l2());
    }

    /** Holds point k (from 0) out of training, or trains on it again when it is held out. */
    public void toggleHeldOut(int k) {
        boolean out = now().heldOut().contains(k);
        change(now().toggled(k), (out ? "train on point " : "hold out point ") + (k + 1));
    }

    /** Holds out a fraction of the points chosen from {@code seed}, in place of those held out now. */
    public void holdOutFraction(double fraction, long seed) {
        change(now().withHeldOut(TrainingOptions.randomFraction(editor.state().data().size(), fraction, seed)),
                "hold out " + Math.round(fraction * 100) + "%, seed " + seed);
    }

    /** Trains on every point again. */
    public void holdOutNone() {
        change(now().withHeldOut(List.of()), "train on every point");
    }

    private void change(TrainingOptions next, String description) {
        if (!next.equals(now())) {
            next.requireFits(editor.state().data());
            editor.edit(s -> s.withOptions(next), description);
        }
    }
}
