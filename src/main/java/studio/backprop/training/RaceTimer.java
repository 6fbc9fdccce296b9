package studio.backprop.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import studio.backprop.engine.Experiment;

/**
 * Times compared runs as the window trains them, without the window: one {@link TrainingThread} shared by
 * a {@link TrainingService} for each run, the runs in turn and in {@link Lockstep}, each publishing its
 * snapshots (here to nobody but this timer). {@code bench --compare} sets each run's speed here against
 * its speed alone, which the issue of comparisons asks to be at least a quarter, less 10%.
 */
public final class RaceTimer {
    /** How often the timing thread looks at the newest snapshots; it sleeps in between. */
    private static final long LOOK_MILLIS = 1;

    private RaceTimer() {
    }

    /** What one run did: the iterations it trained (fewer if it diverged) and the seconds until it had. */
    public record Lap(long iterations, double seconds, boolean stopped) {
        public double iterationsPerSecond() {
            return iterations / seconds;
        }
    }

    /**
     * Trains the runs together for {@code warmUp} iterations (the JIT compiles their loop), resets them,
     * then times {@code iterations} iterations of each from its start; one lap a run, in order.
     */
    public static List<Lap> time(List<Experiment> runs, long warmUp, long iterations) throws InterruptedException {
        AtomicReferenceArray<TrainingSnapshot> newest = new AtomicReferenceArray<>(runs.size());
        List<TrainingService> services = new ArrayList<>();
        TrainingThread shared = new TrainingThread();
        try {
            Lockstep lockstep = new Lockstep();
            for (int k = 0; k < runs.size(); k++) {
                int run = k;
                TrainingService service = new TrainingService(runs.get(k), s -> newest.set(run, s), shared);
                service.setSpeed(TrainingService.UNLIMITED);
                service.setLockstep(lockstep.join());
                services.add(service);
            }
            race(shared, services, newest, warmUp);
            long[] reset = services.stream().mapToLong(TrainingService::reset).toArray();
            // the snapshot after each reset, not one from the warm-up that happens to be paused at 0 (a run
            // that diverged at once); a run the reset left failed will not train, and counts as settled
            for (int k = 0; k < reset.length; k++) {
                long command = reset[k];
                await(shared, newest, k, s -> s.commandsDone() >= command || s.failed());
            }
            return race(shared, services, newest, iterations);
        } finally {
            services.forEach(TrainingService::close);
            shared.close();
        }
    }

    /** Runs every service to {@code target} and notes when each got there, or stopped short of it. */
    private static List<Lap> race(TrainingThread shared, List<TrainingService> services,
                                  AtomicReferenceArray<TrainingSnapshot> newest, long target) throws InterruptedException {
        long start = System.nanoTime();
        services.forEach(s -> s.runUntil(target));
        List<Lap> laps = Arrays.asList(new Lap[services.size()]);
        int left = services.size();
        while (left > 0) {
            Thread.sleep(LOOK_MILLIS);
            requireAlive(shared);
            long now = System.nanoTime();
            for (int k = 0; k < laps.size(); k++) {
                TrainingSnapshot s = newest.get(k);
                boolean there = s != null && s.iteration() >= target;
                boolean stopped = s != null && (s.divergence() != null || s.failed());
                if (laps.get(k) == null && (there || stopped)) {
                    laps.set(k, new Lap(s.iteration(), (now - start) / 1e9, !there));
                    left--;
                }
            }
        }
        return laps;
    }

    private static void await(TrainingThread shared, AtomicReferenceArray<TrainingSnapshot> newest, int run,
                              Predicate<TrainingSnapshot> settled) throws InterruptedException {
        while (newest.get(run) == null || !settled.test(newest.get(run))) {
            Thread.sleep(LOOK_MILLIS);
            requireAlive(shared);
        }
    }

    /** A training thread that ended would leave the timer waiting for ever: it says so instead. */
    private static void requireAlive(TrainingThread shared) {
        if (!shared.alive()) {
            throw new IllegalStateException("the training thread ended before the runs got there");
        }
    }
}
