package studio.backprop.cli;

import picocli.CommandLine.Option;

/**
 * {@code --threads T}: how many threads share each iteration's sums, by default the machine's cores. The
 * points are summed in tiles added in tile order whoever computed them, so any count gives the same bits.
 */
final class ThreadsOption {
    /** More threads than this would only wait for each other on any machine this app runs on. */
    static final int MAX_THREADS = 64;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads that share each iteration's sums (default: the machine's cores);"
                    + " the numbers are the same bits with any count.")
    private Integer threads;

    boolean given() {
        return threads != null;
    }

    /** The count asked for, or the machine's cores (at most {@value #MAX_THREADS}). */
    int count() {
        if (threads == null) {
            return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UsageException("--threads", "must be 1 to " + MAX_THREADS + ", got " + threads);
        }
        return threads;
    }
}
