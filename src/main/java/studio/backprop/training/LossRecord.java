package studio.backprop.training;

import java.util.Arrays;
import java.util.Objects;

/**
 * What the loss chart draws of a run so far: the loss history, and the iterations at which the learning
 * rate changed and at which the experiment was edited (training went on from there with other data, an
 * undo, ...). Kept across edits and saved with an experiment. Immutable.
 *
 * @param losses        RSS of the training points against iteration, decimated
 * @param rateChanges   iterations at which the learning rate changed, in order
 * @param edits         iterations at which training went on after an edit, in order
 * @param heldOutLosses RSS of the held-out points against iteration, empty when none was held out
 */
public record LossRecord(LossHistory.Frozen losses, long[] rateChanges, long[] edits,
                         LossHistory.Frozen heldOutLosses) {
    public static final LossRecord EMPTY = new LossRecord(LossHistory.Frozen.EMPTY, new long[0], new long[0]);

    /** With no point held out. */
    public LossRecord(LossHistory.Frozen losses, long[] rateChanges, long[] edits) {
        this(losses, rateChanges, edits, LossHistory.Frozen.EMPTY);
    }

    public LossRecord {
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(heldOutLosses, "held-out losses");
        rateChanges = inOrder(rateChanges, "learning-rate change");
        edits = inOrder(edits, "edit");
    }

    private static long[] inOrder(long[] marks, String what) {
        for (int k = 0; k < marks.length; k++) {
            if (marks[k] < (k == 0 ? 0 : marks[k - 1])) {
                throw new IllegalArgumentException("the " + what + " marks must be iterations from 0 in order, got "
                        + Arrays.toString(marks));
            }
        }
        return marks.clone();
    }

    @Override
    public long[] rateChanges() {
        return rateChanges.clone();
    }

    @Override
    public long[] edits() {
        return edits.clone();
    }

    /** The iteration after the last bucket's start, or 0: a run at that iteration or later can carry it on. */
    public long reaches() {
        return losses.size() == 0 ? 0 : losses.first(losses.size() - 1) + 1;
    }

    /**
     * As far as a run at iteration n has it: the buckets that start before n and the marks up to n (a
     * rate changed at n applies from iteration n on).
     */
    public LossRecord upTo(long n) {
        return new LossRecord(losses.before(n), upTo(rateChanges, n), upTo(edits, n), heldOutLosses.before(n));
    }

    private static long[] upTo(long[] marks, long n) {
        int k = 0;
        while (k < marks.length && marks[k] <= n) {
            k++;
        }
        return Arrays.copyOf(marks, k);
    }

    /** Up to iteration n, where an edit is marked; training goes on from there. */
    public LossRecord editedAt(long n) {
        long[] before = upTo(edits, n);
        boolean marked = before.length > 0 && before[before.length - 1] == n;
        long[] marks = marked ? before : Arrays.copyOf(before, before.length + 1);
        marks[marks.length - 1] = n;
        return new LossRecord(losses.before(n), upTo(rateChanges, n), marks, heldOutLosses.before(n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LossRecord r && losses.equals(r.losses) && Arrays.equals(rateChanges, r.rateChanges)
                && Arrays.equals(edits, r.edits) && heldOutLosses.equals(r.heldOutLosses);
    }

    @Override
    public int hashCode() {
        return Objects.hash(losses, Arrays.hashCode(rateChanges), Arrays.hashCode(edits), heldOutLosses);
    }

    @Override
    public String toString() {
        return "LossRecord[" + losses.size() + " buckets, rate changes " + Arrays.toString(rateChanges) + ", edits "
                + Arrays.toString(edits) + "]";
    }
}
