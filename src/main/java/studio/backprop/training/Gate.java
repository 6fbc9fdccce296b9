package studio.backprop.training;

/**
 * What holds a run back within a training slice: the speed chosen for it, and, among compared runs, the
 * slowest one still training. Training thread only.
 */
final class Gate {
    private static final long LOCKSTEP_WAIT_NANOS = 200_000L;
    private final Pace pace = new Pace();
    /** The run's place among compared runs, or null when it trains alone. */
    private Lockstep.Lane lane;
    /** Whether the last {@link #allowed} was held back by another run rather than by the speed. */
    private boolean waitingForAnother;

    void setSpeed(double iterationsPerSecond, long iteration) {
        pace.set(iterationsPerSecond, iteration);
    }

    void restartPace(long iteration) {
        pace.restart(iteration);
    }

    boolean paced() {
        return pace.limited();
    }

    void join(Lockstep.Lane joined) {
        lane = joined;
    }

    /** Tells the other compared runs where this one is, and whether it trains. */
    void report(long iteration, boolean training) {
        if (lane != null) {
            lane.report(iteration, training);
        }
    }

    /**
     * How many of the next {@code batch} iterations past {@code iteration} may run now (0 or less: wait
     * {@link #waitNanos}); {@code paced} when the chosen speed applies (not while stepping).
     */
    long allowed(long batch, long iteration, boolean paced) {
        long allowed = batch;
        if (lane != null) {
            lane.report(iteration, true);
            allowed = Math.min(allowed, lane.allowed(iteration));
        }
        waitingForAnother = allowed <= 0;
        return paced ? Math.min(allowed, pace.due(iteration)) : allowed;
    }

    /** How long to wait, answering commands, before trying again. */
    long waitNanos(long iteration, boolean paced, long longest) {
        long wait = paced && !waitingForAnother ? pace.nanosUntilNext(iteration) : LOCKSTEP_WAIT_NANOS;
        return Math.max(1, Math.min(wait, longest));
    }
}
