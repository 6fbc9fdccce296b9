package studio.backprop.engine;

/**
 * The order in which training points enter updates: batches of {@code size} consecutive points of each
 * epoch's order, the last batch of an epoch possibly smaller. The order is the data's, or with a seed a
 * new shuffle each epoch. The shuffle of epoch e follows from the seed and e alone (a counter-based
 * generator), so a {@link BatchPosition} is the whole state: a saved run and an undone divergence
 * come back to exactly the same batches.
 *
 * <p>Owned by a trainer; allocates nothing after construction.
 */
final class Batches {
    /** SplitMix64's increment: the golden ratio in 64 bits. */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private final int[] order;
    private final int size;
    private final boolean shuffled;
    private final long seed;
    private long epoch;
    private int position;
    private long lastEpoch;
    private int lastPosition;
    /** The epoch whose shuffle {@link #order} holds. */
    private long orderEpoch = -1;

    /**
     * @param points    the training points
     * @param batchSize points per update; 0 (or more than there are points) for all of them
     * @param shuffle   whether each epoch has its own order
     * @param seed      the shuffle's seed
     * @param at        where training stands
     */
    Batches(int points, int batchSize, boolean shuffle, long seed, BatchPosition at) {
        order = identity(points);
        size = batchSize == 0 ? points : Math.min(batchSize, points);
        shuffled = shuffle;
        this.seed = seed;
        if (at.position() >= points) {
            throw new IllegalArgumentException("the batch position " + at.position() + " lies beyond the "
                    + points + " training points");
        }
        epoch = at.epoch();
        position = at.position();
        lastEpoch = epoch;
        lastPosition = position;
        arrange();
    }

    /** True when every update takes every point in data order: the chapter's full batch. */
    boolean wholeInOrder() {
        return size == order.length && !shuffled;
    }

    /** The next batch's first index into {@link #order}. */
    int first() {
        return position;
    }

    /** The number of points in the next batch. */
    int count() {
        return Math.min(size, order.length - position);
    }

    /** Training point k of the epoch's order. */
    int point(int k) {
        return order[k];
    }

    /** The next batch was used by a kept update: move past it. */
    void advance() {
        lastEpoch = epoch;
        lastPosition = position;
        position += count();
        if (position == order.length) {
            position = 0;
            epoch++;
            arrange();
        }
    }

    /** The last kept update was undone: its batch is the next one again. */
    void undo() {
        epoch = lastEpoch;
        position = lastPosition;
        arrange();
    }

    BatchPosition position() {
        return new BatchPosition(epoch, position);
    }

    long epoch() {
        return epoch;
    }

    private void arrange() {
        if (!shuffled || orderEpoch == epoch) {
            return;
        }
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        // Each epoch starts the generator at a hashed point of its cycle, far from every other epoch's.
        shuffle(order, seed ^ mix((epoch + 1) * GAMMA));
        orderEpoch = epoch;
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        return order;
    }

    /** Fisher-Yates with SplitMix64 started at {@code state}: the same state always gives the same order. */
    static void shuffle(int[] order, long state) {
        long s = state;
        for (int k = order.length - 1; k > 0; k--) {
            s += GAMMA;
            int j = (int) (((mix(s) >>> 32) * (k + 1)) >>> 32);
            int t = order[k];
            order[k] = order[j];
            order[j] = t;
        }
    }

    /** SplitMix64's output function. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
