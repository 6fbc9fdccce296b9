package studio.backprop.engine;

/**
 * An optimiser's array kept as the trainer keeps its weights: the current values, those before the last
 * kept update (for an undo) and those an update writes next. The three swap roles by reference, so
 * nothing is copied in the training loop.
 */
final class KeptArrays {
    WeightArrays now;
    WeightArrays last;
    WeightArrays next;

    KeptArrays(Architecture architecture) {
        this(WeightArrays.zeros(architecture), WeightArrays.zeros(architecture), WeightArrays.zeros(architecture));
    }

    private KeptArrays(WeightArrays now, WeightArrays last, WeightArrays next) {
        this.now = now;
        this.last = last;
        this.next = next;
    }

    /** What was written to next becomes current. */
    void advance() {
        WeightArrays spare = last;
        last = now;
        now = next;
        next = spare;
    }

    /** The values before the last advance become current again. */
    void undo() {
        WeightArrays undone = now;
        now = last;
        last = undone;
    }

    /** Sets the current values (restored from a file). */
    void restore(WeightArrays values) {
        for (int l = 1; l <= values.depth(); l++) {
            System.arraycopy(values.a()[l], 0, now.a()[l], 0, values.a()[l].length);
            System.arraycopy(values.b()[l], 0, now.b()[l], 0, values.b()[l].length);
        }
    }

    KeptArrays copy() {
        return new KeptArrays(now.copy(), last.copy(), next.copy());
    }
}
