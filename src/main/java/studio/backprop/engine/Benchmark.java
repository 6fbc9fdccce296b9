package studio.backprop.engine;

/**
 * The one way training speed is timed, by {@code bench} and by the window's own speed check: a trainer
 * is first run for up to a second (or as many iterations as will be timed, if fewer), so the JIT has
 * compiled the loop; then {@link Trainer#iterate(long)}, which allocates nothing, is timed alone
 * on a fresh trainer.
 */
public final class Benchmark {
    private static final long WARM_UP_NANOS = 1_000_000_000L;

    private Benchmark() {
    }

    /** What a run measured. */
    public record Result(Architecture architecture, int points, long iterations, double seconds, double finalRss,
                         int threads) {
        public double iterationsPerSecond() {
            return iterations / seconds;
        }
    }

    /** Warms up, then times {@code iterations} iterations of the experiment from its start on one thread. */
    public static Result time(Experiment experiment, long iterations) {
        return time(experiment, iterations, 1);
    }

    /** Warms up, then times {@code iterations} iterations of the experiment from its start on {@code threads}. */
    public static Result time(Experiment experiment, long iterations, int threads) {
        Trainer warm = experiment.start();
        warm.useThreads(threads);
        warmUp(warm, iterations);
        Trainer descent = experiment.start();
        descent.useThreads(threads);
        long nanos = timeLoop(descent, iterations);
        return new Result(experiment.initial().architecture(), experiment.data().size(), iterations,
                Math.max(nanos, 1) / 1e9, descent.rss(), threads);
    }

    /** The timed part alone: n iterations, which allocate nothing. @return nanoseconds taken */
    public static long timeLoop(Trainer descent, long n) {
        long start = System.nanoTime();
        descent.iterate(n);
        return System.nanoTime() - start;
    }

    /** Runs chunks of iterations until a second has passed or n iterations are done, at least one chunk. */
    private static void warmUp(Trainer descent, long n) {
        long chunk = Math.max(1, Math.min(n / 10, 10_000));
        long start = System.nanoTime();
        long done = 0;
        do {
            descent.iterate(chunk);
            done += chunk;
        } while (done < n && System.nanoTime() - start < WARM_UP_NANOS);
    }
}
