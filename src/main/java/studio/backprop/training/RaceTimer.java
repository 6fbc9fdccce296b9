package studio.backprop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import studio.backprop.engine.Benchmark;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;

/**
 * Times compared runs as the window trains them, without the window: one {@link TrainingThread} shared by
 * a {@link TrainingService} for each run, the runs in turn and in {@link Lockstep}, each publishing its
 * snapshots (here to nobody but this timer). Each run is also timed alone, as {@code bench} times it, on
 * that same thread, in {@link #PHASES} turns with the race: on a shared VM a core can run at half speed
 * for seconds, so only a yardstick on the same thread at nearly the same moment makes the share fair.
 * {@code bench --compare} prints each run's share of its speed alone, which the issue of comparisons asks
 * to be at least a quarter, less 10%.
 */
public final class RaceTimer {
    /** How often the timing thread looks at the newest snapshots; it sleeps in between. */
    private static final long LOOK_MILLIS = 1;
    /** The race and the runs alone take turns this many times. */
    static final int PHASES = 10;

    private RaceTimer() {
    }

    /**
     * What one run did: the iterations it trained in the race (fewer if it diverged) and the seconds they
     * took, and its speed alone over the same iterations (for a run that stopped, over the phases it began).
     */
    public record Lap(long iterations, double seconds, boolean stopped, double aloneIterationsPerSecond) {
        public double iterationsPerSecond() {
            return iterations / seconds;
        }

        /** Its speed in the race as a share of its speed alone. */
        public double share() {
            return iterationsPerSecond() / aloneIterationsPerSecond;
        }
    }

    /**
     * Trains the runs together for {@code warmUp} iterations (the JIT compiles their loop) and each alone as
     * long, resets them, then times {@code iterations} iterations of each from its start, in the race and
     * alone by turns; one lap a run, in order.
     */
    public static List<Lap> time(List<Experiment> runs, long warmUp, long iterations)
            throws InterruptedException, ExecutionException {
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
            phase(shared, services, newest, new Alone(runs), warmUp, warmUp, new Race(runs.size()));
            Alone alone = new Alone(runs);
            long[] reset = services.stream().mapToLong(TrainingService::reset).toArray();
            // the snapshot after each reset, not one from the warm-up that happens to be paused at 0 (a run
            // that diverged at once); a run the reset left failed will not train, and counts as settled
            for (int k = 0; k < reset.length; k++) {
                long command = reset[k];
                await(shared, newest, k, s -> s.commandsDone() >= command || s.failed());
            }
            Race race = new Race(runs.size());
            long phases = Math.min(PHASES, iterations);
            for (long p = 1; p <= phases; p++) {
                long target = iterations * p / phases;
                phase(shared, services, newest, alone, target, target - iterations * (p - 1) / phases, race);
            }
            List<Lap> laps = new ArrayList<>();
            for (int k = 0; k < runs.size(); k++) {
                laps.add(new Lap(race.iterations[k], race.nanos[k] / 1e9, race.stopped[k],
                        alone.iterationsPerSecond(k)));
            }
            return laps;
        } finally {
            services.forEach(TrainingService::close);
            shared.close();
        }
    }

    /** Each run's race so far: iterations reached, nanoseconds spent, and whether it stopped short. */
    private static final class Race {
        final long[] iterations;
        final long[] nanos;
        final boolean[] stopped;

        Race(int runs) {
            iterations = new long[runs];
            nanos = new long[runs];
            stopped = new boolean[runs];
        }
    }

    /** Each run alone as {@code bench} times it: a trainer of its own, on the threads its sums get in the race. */
    private static final class Alone {
        private final Trainer[] trainers;
        private final long[] iterations;
        private final long[] nanos;

        Alone(List<Experiment> runs) {
            trainers = runs.stream().map(Experiment::start).toArray(Trainer[]::new);
            for (Trainer trainer : trainers) {
                trainer.useThreads(TrainingThreads.get());
            }
            iterations = new long[trainers.length];
            nanos = new long[trainers.length];
        }

        /** n more iterations of each run still going, on the calling thread. */
        void time(long n, boolean[] stopped) {
            for (int k = 0; k < trainers.length; k++) {
                if (!stopped[k]) {
                    nanos[k] += Benchmark.timeLoop(trainers[k], n);
                    iterations[k] += n;
                }
            }
        }

        double iterationsPerSecond(int k) {
            return iterations[k] / (Math.max(nanos[k], 1) / 1e9);
        }
    }

    /**
     * One turn of the runs alone and the race: on {@code shared}, {@code slice} iterations of each run still
     * going alone, then the race sent on to {@code target} from that same thread, so that its clock starts as
     * its turns do and not after the idle thread's next nap; then the wait until each run got there.
     */
    private static void phase(TrainingThread shared, List<TrainingService> services,
                              AtomicReferenceArray<TrainingSnapshot> newest, Alone alone, long target, long slice,
                              Race race) throws InterruptedException, ExecutionException {
        long start = shared.call(() -> {
            alone.time(slice, race.stopped);
            return start(services, target, race);
        }).get();
        race(shared, services, newest, target, race, start);
    }

    /** Sends every service still going on to {@code target}; the clock's reading then. */
    private static long start(List<TrainingService> services, long target, Race race) {
        for (int k = 0; k < services.size(); k++) {
            if (!race.stopped[k]) {
                services.get(k).runUntil(target);
            }
        }
        return System.nanoTime();
    }

    /**
     * Waits for every service sent on to {@code target} and adds the time from {@code start} until each got
     * there, or stopped.
     */
    private static void race(TrainingThread shared, List<TrainingService> services,
                             AtomicReferenceArray<TrainingSnapshot> newest, long target, Race race, long start)
            throws InterruptedException {
        boolean[] done = race.stopped.clone();
        int left = 0;
        for (boolean d : done) {
            left += d ? 0 : 1;
        }
        while (left > 0) {
            Thread.sleep(LOOK_MILLIS);
            requireAlive(shared);
            long now = System.nanoTime();
            for (int k = 0; k < services.size(); k++) {
                TrainingSnapshot s = newest.get(k);
                boolean there = s != null && s.iteration() >= target;
                boolean stopped = s != null && (s.divergence() != null || s.failed());
                if (!done[k] && (there || stopped)) {
                    race.iterations[k] = s.iteration();
                    race.nanos[k] += now - start;
                    race.stopped[k] = !there;
                    done[k] = true;
                    left--;
                }
            }
        }
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
