package studio.backprop.training;

/**
 * Holds a run to its chosen speed: counts the iterations due since the pace (re)started, so a slow
 * frame or a long command is made up for instead of drifting. Training thread only.
 */
final class Pace {
    private double speed = TrainingService.UNLIMITED;
    private long startNanos;
    private long startIteration;

    /** Iterations per second from now on, counted from {@code iteration}. */
    void set(double iterationsPerSecond, long iteration) {
        speed = iterationsPerSecond;
        restart(iteration);
    }

    /** Counts afresh from {@code iteration}, now: after a pause the run must not rush to catch up. */
    void restart(long iteration) {
        startNanos = System.nanoTime();
        startIteration = iteration;
    }

    /** False at unlimited speed. */
    boolean limited() {
        return speed != TrainingService.UNLIMITED;
    }

    /** How many iterations past {@code iteration} are due by now (0 or less: none yet). */
    long due(long iteration) {
        return startIteration + (long) ((System.nanoTime() - startNanos) * 1e-9 * speed) - iteration;
    }

    /** Nanoseconds until the iteration after {@code iteration} is due. */
    long nanosUntilNext(long iteration) {
        return (long) ((iteration + 1 - startIteration) / speed * 1e9) - (System.nanoTime() - startNanos);
    }
}
