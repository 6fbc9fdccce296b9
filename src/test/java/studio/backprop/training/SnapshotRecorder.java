package studio.backprop.training;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A sink for tests: keeps the newest snapshot and lets a test wait for one that matches. */
final class SnapshotRecorder implements Consumer<TrainingSnapshot> {
    private TrainingSnapshot latest;
    private long count;

    @Override
    public synchronized void accept(TrainingSnapshot s) {
        latest = s;
        count++;
        notifyAll();
    }

    synchronized TrainingSnapshot latest() {
        return latest;
    }

    synchronized long count() {
        return count;
    }

    /** Waits up to 10 s for a snapshot that matches, and returns it; fails the test otherwise. */
    synchronized TrainingSnapshot await(Predicate<TrainingSnapshot> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (latest == null || !condition.test(latest)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + what + "; last snapshot at iteration "
                            + (latest == null ? "none" : latest.iteration() + " " + latest.state()));
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return latest;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
