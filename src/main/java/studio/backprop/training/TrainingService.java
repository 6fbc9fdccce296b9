package studio.backprop.training;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.training.TrainingSnapshot.State;

/**
 * Trains on its own daemon thread and publishes {@link TrainingSnapshot}s to a sink.
 *
 * <p>Commands may come from any thread at any moment; they are queued and carried out by the training
 * thread in order, between iterations, so all training state is confined to that one thread. The
 * training thread never takes the lock that numbers the commands. The sink is called on the training
 * thread, at most about once a frame while running and after every command; it must not block (the FX
 * side keeps only the newest snapshot). Each command returns its number; a snapshot shows it done once
 * its {@link TrainingSnapshot#commandsDone()} reaches that number.
 */
public final class TrainingService implements AutoCloseable {
    /** Speed: no limit. */
    public static final double UNLIMITED = Double.POSITIVE_INFINITY;
    private static final long PUBLISH_NANOS = Publication.FRAME_NANOS;
    private static final long SLICE_NANOS = 4_000_000L;

    private final NumberedCommands commands = new NumberedCommands();
    private final Publication publication;
    /** Where it trains; its own unless shared by compared runs. */
    private final TrainingThread home;
    private volatile boolean closed;

    // Confined to the training thread.
    private final TrainingState state;
    private boolean running;
    private long pendingSteps;
    private long target = -1;
    private final Gate gate = new Gate();
    private final RateMeter rate = new RateMeter();
    private boolean dirty = true;

    /** A run on a thread of its own. */
    public TrainingService(Experiment experiment, Consumer<TrainingSnapshot> sink) {
        this(experiment, sink, null);
    }

    /** A run on {@code shared}, which it trains on in turn with others; on a thread of its own when null. */
    public TrainingService(Experiment experiment, Consumer<TrainingSnapshot> sink, TrainingThread shared) {
        publication = new Publication(sink);
        state = new TrainingState(experiment);
        startOver();
        home = shared == null ? TrainingThread.own() : shared;
        home.add(this);
    }

    public long run() {
        return train(() -> {
            running = true;
            target = -1;
            restartPace();
        });
    }

    /** A command that trains: refused by a failed run, and hides the last divergence. */
    private long train(Runnable command) {
        return submit(() -> {
            if (!state.failed()) {
                state.forgetDivergence();
                command.run();
            }
        });
    }

    public long pause() {
        return submit(this::stop);
    }

    /** Exactly n more iterations, then pause. */
    public long step(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + n);
        }
        return train(() -> {
            running = false;
            target = -1;
            pendingSteps += n;
        });
    }

    /** Runs until the iteration count reaches n (at the chosen speed), then pauses. */
    public long runUntil(long n) {
        return train(() -> {
            if (n > state.iteration()) {
                stop();
                target = n;
                restartPace();
            }
        });
    }

    /** Back to the initial weights, iteration 0, history cleared; the learning rate stays. */
    public long reset() {
        return restart(state::reset);
    }

    /** Starts over on another experiment, paused at iteration 0. */
    public long load(Experiment next) {
        return restart(() -> state.startFrom(next));
    }

    /**
     * Loads {@code next} paused with a trainer made for it that has reached some weights and its optimiser's
     * memory there (from now on the training thread owns it), and the loss chart showing {@code kept} before
     * that iteration: what lies at or after it (a run undone) is dropped. Reset returns to its start.
     */
    public long resume(Experiment next, Trainer reached, LossRecord kept) {
        return restart(() -> state.resume(next, reached, kept));
    }

    /** A command after which the run starts over: paused, nothing pending. */
    private long restart(Runnable change) {
        return submit(() -> {
            change.run();
            startOver();
        });
    }

    /** Applies from the next iteration on, running or not. */
    public long setLearningRate(double alpha) {
        Trainer.requireLearningRate(alpha); // refused here, on the caller's thread
        return submit(() -> state.setLearningRate(alpha));
    }

    /** Iterations per second while running; {@link #UNLIMITED} for as fast as possible. */
    public long setSpeed(double iterationsPerSecond) {
        if (!(iterationsPerSecond > 0)) {
            throw new IllegalArgumentException("the speed must be positive, got " + iterationsPerSecond);
        }
        return submit(() -> gate.setSpeed(iterationsPerSecond, state.iteration()));
    }

    /** Trains in step with the other runs of a {@link Lockstep} from now on (null: alone again). */
    public long setLockstep(Lockstep.Lane joined) {
        return submit(() -> gate.join(joined));
    }

    /** Runs {@code task} on this run's training thread between turns: see {@link TrainingThread#call}. */
    public <T> CompletableFuture<T> onTrainingThread(Supplier<T> task) {
        return home.call(task);
    }

    private void report() {
        gate.report(state.iteration(), active());
    }

    private long submit(Runnable command) {
        return commands.submit(command);
    }

    @Override
    public void close() {
        closed = true;
        home.remove(this);
    }

    /** For tests and shutdown: waits for its own thread to end after {@link #close()} (a shared one goes on). */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return home.awaitTermination(millis);
    }

    /** After the run started over: paused, nothing pending, no speed measured yet. */
    private void startOver() {
        stop();
        rate.reset();
        dirty = true;
    }

    private void stop() {
        running = false;
        pendingSteps = 0;
        target = -1;
    }

    private boolean active() {
        return running || pendingSteps > 0 || target > state.iteration();
    }

    /**
     * One turn on its thread: the commands waiting, a slice of training, a snapshot when one is due.
     *
     * @param mayWait whether it may wait for a command when idle (a run alone on its thread)
     * @return true when it trained or carried out a command
     */
    boolean turn(boolean mayWait) throws InterruptedException {
        if (closed) {
            return false;
        }
        boolean worked = false;
        Runnable command = active() || !mayWait ? commands.poll() : commands.poll(PUBLISH_NANOS);
        while (command != null) {
            guarded(command);
            dirty = true;
            worked = true;
            command = commands.poll();
        }
        report();
        if (active()) {
            long before = state.iteration();
            try {
                trainSlice(mayWait);
            } catch (RuntimeException | Error e) {
                failed(e);
            }
            worked |= state.iteration() != before;
        }
        long now = System.nanoTime();
        if (publication.due(now, dirty, active())) {
            rate.measure(now, state.iteration(), active());
            Throwable broken = publication.publish(now, snapshot());
            dirty = false;
            if (broken != null) {
                failed(broken); // said in the next snapshot, after a pause
            }
        }
        return worked;
    }

    /** A command that throws marks the run failed and stops training; a reset or a load starts afresh. */
    private void guarded(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException | Error e) {
            failed(e);
        }
    }

    private void failed(Throwable e) {
        stop();
        state.fail(e);
        dirty = true;
    }

    /** Trains for a few milliseconds at most, so commands are answered within a frame. */
    private void trainSlice(boolean mayWait) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + SLICE_NANOS;
        boolean paced = pendingSteps == 0 && gate.paced();
        long batch = 1;
        while (active()) {
            long allowed = gate.allowed(batch, state.iteration(), paced);
            if (allowed <= 0) {
                // Not due yet, or ahead of the slowest compared run: wait (alone), but wake for any command.
                Runnable command = mayWait ? commands.poll(gate.waitNanos(state.iteration(), paced, PUBLISH_NANOS))
                        : null;
                if (command != null) {
                    guarded(command);
                    dirty = true;
                }
                return;
            }
            for (long k = 0; k < allowed && active(); k++) {
                if (!iterateOnce()) {
                    return;
                }
            }
            dirty = true;
            if (System.nanoTime() >= end || !commands.isEmpty()) {
                return;
            }
            batch = Math.min(batch * 2, 4096);
        }
    }

    private boolean iterateOnce() {
        if (!state.iterate()) {
            stop();
            report(); // a diverged run holds no other back
            dirty = true;
            return false;
        }
        if (pendingSteps > 0) {
            pendingSteps--;
        }
        if (target >= 0 && state.iteration() >= target) {
            target = -1;
        }
        return true;
    }

    private void restartPace() {
        gate.restartPace(state.iteration());
    }

    private TrainingSnapshot snapshot() {
        long iteration = state.iteration();
        State now = running || target > iteration ? State.RUNNING
                : pendingSteps > 0 ? State.STEPPING : State.PAUSED;
        return state.snapshot(now, rate.perSecond(), target > iteration ? target : -1, commands.done());
    }
}
