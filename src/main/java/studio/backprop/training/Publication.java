package studio.backprop.training;

import java.util.function.Consumer;

/**
 * When a run's snapshots go out: after every command, at most about once a frame while training, and
 * after a sink that threw only once a second has passed (it may stay broken). Training thread only.
 */
final class Publication {
    static final long FRAME_NANOS = 15_000_000L;
    private static final long RETRY_NANOS = 1_000_000_000L;
    private final Consumer<TrainingSnapshot> sink;
    private long lastNanos;
    /** No publication before this time: set after one failed. */
    private long retryNanos = System.nanoTime();

    Publication(Consumer<TrainingSnapshot> sink) {
        this.sink = sink;
    }

    /** Whether a snapshot is due now, when something changed since the last one. */
    boolean due(long now, boolean changed, boolean training) {
        return changed && now - retryNanos >= 0 && (!training || now - lastNanos >= FRAME_NANOS);
    }

    /** Hands the snapshot to the sink; returns what the sink threw, or null. */
    Throwable publish(long now, TrainingSnapshot snapshot) {
        lastNanos = now;
        try {
            sink.accept(snapshot);
            return null;
        } catch (RuntimeException | Error e) {
            retryNanos = now + RETRY_NANOS;
            return e;
        }
    }
}
