package studio.backprop.training;

/**
 * Iterations per second over the last half second of training, so the read-out is steady rather than
 * jumping with every frame; 0 while nothing trains. Training thread only.
 */
final class RateMeter {
    private static final long WINDOW_NANOS = 500_000_000L;
    private long windowNanos;
    private long windowIteration;
    private double perSecond;

    /** Takes the time and the iteration count now; returns the rate to show. */
    double measure(long now, long iteration, boolean active) {
        if (!active) {
            perSecond = 0;
            windowNanos = now;
            windowIteration = iteration;
            return perSecond;
        }
        if (iteration < windowIteration) {
            // The run went back (a reset, an edit, an undo): count from here, never a negative rate.
            windowNanos = now;
            windowIteration = iteration;
            return perSecond;
        }
        long elapsed = now - windowNanos;
        if (elapsed >= WINDOW_NANOS) {
            perSecond = (iteration - windowIteration) * 1e9 / elapsed;
            windowNanos = now;
            windowIteration = iteration;
        }
        return perSecond;
    }

    /** The rate last measured. */
    double perSecond() {
        return perSecond;
    }

    /** Forgets the rate, for a run that starts over. */
    void reset() {
        perSecond = 0;
    }
}
