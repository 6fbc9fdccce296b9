package studio.backprop.engine;

/**
 * Where training stands in its passes over the training points: the epochs completed and the first
 * point (in the epoch's order) of the next batch. With a shuffle, an epoch's order follows from the seed
 * and the epoch's number alone, so this is the whole of the shuffle's state too.
 *
 * @param epoch    epochs completed, from 0
 * @param position the next batch's first point in the epoch's order, from 0
 */
public record BatchPosition(long epoch, int position) {
    /** The start of training. */
    public static final BatchPosition START = new BatchPosition(0, 0);

    public BatchPosition {
        if (epoch < 0 || position < 0) {
            throw new IllegalArgumentException("an epoch and a position in it are 0 or more, got " + epoch
                    + " and " + position);
        }
    }
}
