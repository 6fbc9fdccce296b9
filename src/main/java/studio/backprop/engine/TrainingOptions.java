package studio.backprop.engine;

import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * How training goes beyond the chapter's full batch: batches smaller than the data (in data order, or
 * shuffled each epoch from a seed), a weight penalty, and points held out of training. The defaults are
 * the chapter's: every point in every update, no penalty, nothing held out.
 *
 * @param batchSize points per update; 0 for every training point (the chapter's full batch)
 * @param shuffle   the seed of each epoch's order, or empty for data order
 * @param penalty   added to each update's loss
 * @param heldOut   the points (from 0, ascending, distinct) that never enter a gradient
 */
public record TrainingOptions(int batchSize, OptionalLong shuffle, Penalty penalty, List<Integer> heldOut) {
    /** The chapter's: full batch, no penalty, every point trained on. */
    public static final TrainingOptions CHAPTER = new TrainingOptions(0, OptionalLong.empty(), Penalty.NONE, List.of());

    public TrainingOptions {
        if (batchSize < 0) {
            throw new IllegalArgumentException("the batch size must be 1 or more, got " + batchSize);
        }
        TreeSet<Integer> sorted = new TreeSet<>(heldOut);
        if (sorted.size() != heldOut.size()) {
            throw new IllegalArgumentException("a point is held out twice: " + heldOut);
        }
        if (!sorted.isEmpty() && sorted.first() < 0) {
            throw new IllegalArgumentException("point numbers start at 1, got " + (sorted.first() + 1));
        }
        heldOut = List.copyOf(sorted);
    }

    /** True for the chapter's own training. */
    public boolean isChapter() {
        return equals(CHAPTER);
    }

    public TrainingOptions withBatchSize(int size) {
        return new TrainingOptions(size, shuffle, penalty, heldOut);
    }

    public TrainingOptions withShuffle(OptionalLong seed) {
        return new TrainingOptions(batchSize, seed, penalty, heldOut);
    }

    public TrainingOptions withPenalty(Penalty p) {
        return new TrainingOptions(batchSize, shuffle, p, heldOut);
    }

    public TrainingOptions withHeldOut(List<Integer> points) {
        return new TrainingOptions(batchSize, shuffle, penalty, points);
    }

    /** The same points held out, each toggled: a held-out point comes back, another one goes out. */
    public TrainingOptions toggled(int point) {
        TreeSet<Integer> points = new TreeSet<>(heldOut);
        if (!points.remove(point)) {
            points.add(point);
        }
        return withHeldOut(List.copyOf(points));
    }

    /** With point k (from 0) deleted from the data: it is no longer held out, and those after it move up one. */
    public TrainingOptions withoutPoint(int k) {
        return withHeldOut(heldOut.stream().filter(p -> p != k).map(p -> p > k ? p - 1 : p).toList());
    }

    /**
     * A fraction of {@code points} chosen at random from a seed, at least one and at most all but one:
     * the same seed always holds out the same points.
     */
    public static List<Integer> randomFraction(int points, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the fraction held out must lie between 0 and 1, got " + fraction);
        }
        if (points < 2) {
            throw new IllegalArgumentException("holding out a fraction needs at least 2 points, the data has "
                    + points);
        }
        int count = (int) Math.max(1, Math.min(points - 1, Math.round(fraction * points)));
        int[] order = Batches.identity(points);
        Batches.shuffle(order, seed);
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int k = 0; k < count; k++) {
            chosen.add(order[k]);
        }
        return List.copyOf(chosen);
    }

    /** Refuses options that do not fit {@code data}: a point number beyond it, or every point held out. */
    public void requireFits(DataSet data) {
        if (!heldOut.isEmpty() && heldOut.get(heldOut.size() - 1) >= data.size()) {
            throw new IllegalArgumentException("point " + (heldOut.get(heldOut.size() - 1) + 1)
                    + " is held out, but the data has " + data.size() + " points");
        }
        if (heldOut.size() >= data.size()) {
            throw new IllegalArgumentException("every point is held out: at least one must be trained on");
        }
    }

    /** The points trained on: the data's size less those held out. */
    public int trainingPoints(DataSet data) {
        return data.size() - heldOut.size();
    }

    /** True when an update sees fewer than all the training points, so epochs differ from iterations. */
    public boolean batched(DataSet data) {
        return batchSize > 0 && batchSize < trainingPoints(data);
    }
}
