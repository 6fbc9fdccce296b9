package studio.backprop.ui.edit;

/**
 * Why the editor's state was replaced: for whoever loads it into the trainer, to decide whether training
 * goes on as it was, and to say what happened.
 *
 * @param description what was done, as the Edit menu names it ("change activation"), or "" for a start
 */
public record StateChange(Kind kind, String description) {
    /** How the Edit menu names a reset. */
    public static final String RESET = "reset";

    public enum Kind {
        /** A new document: a preset, a file, an experiment from the command line. */
        START,
        /** An edit of the data, the network, the initial weights or the optimiser. */
        EDIT,
        /** Back to the initial weights at iteration 0. */
        RESET,
        UNDO,
        REDO
    }

    /** True for an undo that takes a reset back: training is where it was before. */
    public boolean undoesReset() {
        return kind == Kind.UNDO && description.equals(RESET);
    }
}
