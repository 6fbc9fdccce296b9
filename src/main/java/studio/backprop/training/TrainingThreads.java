package studio.backprop.training;

import studio.backprop.engine.Trainer;

/**
 * How many threads share each iteration's sums in the app: a setting of the machine, not of an experiment
 * (the numbers are the same bits with any count), so it is one value for every run. By default the cores
 * but one, so the window always keeps a core to draw with.
 */
public final class TrainingThreads {
    /** The cores this JVM may use. */
    public static final int CORES = Runtime.getRuntime().availableProcessors();
    /** The cores but one, and at least one. */
    public static final int DEFAULT = Math.max(1, CORES - 1);
    private static volatile int count = DEFAULT;

    private TrainingThreads() {
    }

    public static int get() {
        return count;
    }

    /** Applies from the next iteration of every run on. */
    public static void set(int threads) {
        if (threads < 1 || threads > CORES) {
            throw new IllegalArgumentException("threads must be 1 to " + CORES + ", got " + threads);
        }
        count = threads;
    }

    /** Called by the training thread before an iteration: a changed count takes effect there. */
    static void applyTo(Trainer trainer) {
        int threads = count;
        if (trainer.threads() != threads) {
            trainer.useThreads(threads);
        }
    }
}
