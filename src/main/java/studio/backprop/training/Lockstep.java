package studio.backprop.training;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps compared runs at the same iteration while they train, each on its own thread: a run may go at
 * most {@link #SLACK} iterations past the slowest run still training, and waits (answering its commands)
 * until that one catches up. A run that stops (paused, diverged, failed) no longer holds the others back.
 * So a race of learning rates is fair at every frame, whichever run is cheaper per iteration.
 *
 * <p>Lock-free: each run's thread writes its own {@link Lane}; the others only read it.
 */
public final class Lockstep {
    /**
     * Iterations a run may lead by: few enough to be the same on screen (under a millisecond of the chapter's
     * runs), enough that a thread the runs share trains each in turns of some length: 256 rather than 32
     * gave a four-run race of the chapter's example about 2.5% more iterations a second.
     */
    public static final long SLACK = 256;
    private final List<Lane> lanes = new CopyOnWriteArrayList<>();

    /** A lane for one more run. */
    public Lane join() {
        Lane lane = new Lane();
        lanes.add(lane);
        return lane;
    }

    /** The lowest iteration among runs still training, or Long.MAX_VALUE when none is. */
    long slowest() {
        long min = Long.MAX_VALUE;
        for (Lane lane : lanes) {
            if (lane.active) {
                min = Math.min(min, lane.iteration);
            }
        }
        return min;
    }

    /** One run's place in the race, written by its training thread. */
    public final class Lane {
        private volatile long iteration;
        private volatile boolean active;

        private Lane() {
        }

        /** Where the run is, and whether it is training. */
        void report(long at, boolean training) {
            iteration = at;
            active = training;
        }

        /** How many iterations past {@code at} the run may go now (0 or less: wait). */
        long allowed(long at) {
            long slowest = slowest();
            return slowest == Long.MAX_VALUE ? Long.MAX_VALUE : slowest + SLACK - at;
        }
    }
}
