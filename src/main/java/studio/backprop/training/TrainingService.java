package studio.backprop.training;

import java.util.function.Consumer;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
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
    private static final long PUBLISH_NANOS = 15_000_000L;
    private static final long SLICE_NANOS = 4_000_000L;

    private final NumberedCommands commands = new NumberedCommands();
    private final Consumer<TrainingSnapshot> sink;
    private final Thread thread;
    private volatile boolean closed;

    // Confined to the training thread.
    private final TrainingState trained;
    private boolean running;
    private long pendingSteps;
    private long target = -1;
    private final Pace pace = new Pace();
    private final RateMeter rate = new RateMeter();
    private double iterationsPerSecond;
    private long lastPublishNanos;
    private boolean dirty = true;

    public TrainingService(Experiment experiment, Consumer<TrainingSnapshot> sink) {
        this.sink = sink;
        trained = new TrainingState(experiment);
        startOver();
        thread = new Thread(this::loop, "training");
        thread.setDaemon(true);
        thread.start();
    }

    // ---- commands, callable from any thread ----

    public long run() {
        return submit(() -> {
            if (trained.failed()) {
                return;
            }
            running = true;
            target = -1;
            trained.forgetDivergence();
            restartPace();
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
        return submit(() -> {
            if (trained.failed()) {
                return;
            }
            running = false;
            target = -1;
            trained.forgetDivergence();
            pendingSteps += n;
        });
    }

    /** Runs until the iteration count reaches n (at the chosen speed), then pauses. */
    public long runUntil(long n) {
        return submit(() -> {
            if (!trained.failed() && n > trained.iteration()) {
                stop();
                target = n;
                trained.forgetDivergence();
                restartPace();
            }
        });
    }

    /** Back to the initial weights, iteration 0, history cleared; the learning rate stays. */
    public long reset() {
        return submit(() -> {
            trained.reset();
            startOver();
        });
    }

    /** Starts over on another experiment, paused at iteration 0. */
    public long load(Experiment next) {
        return submit(() -> {
            trained.startFrom(next);
            startOver();
        });
    }

    /**
     * Loads an experiment and goes on from weights it had reached, paused at that iteration; Reset still
     * returns to the experiment's initial weights. The history starts afresh at that iteration.
     */
    public long resume(Experiment next, Network reached, long iteration) {
        Trainer check = next.resume(reached, iteration);
        return submit(() -> {
            trained.resume(next, check);
            startOver();
        });
    }

    /** Applies from the next iteration on, running or not. */
    public long setLearningRate(double alpha) {
        Trainer.requireLearningRate(alpha); // refused here, on the caller's thread
        return submit(() -> trained.setLearningRate(alpha));
    }

    /** Iterations per second while running; {@link #UNLIMITED} for as fast as possible. */
    public long setSpeed(double iterationsPerSecond) {
        if (!(iterationsPerSecond > 0)) {
            throw new IllegalArgumentException("the speed must be positive, got " + iterationsPerSecond);
        }
        return submit(() -> pace.set(iterationsPerSecond, trained.iteration()));
    }

    private long submit(Runnable command) {
        return commands.submit(command);
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    /** For tests and shutdown: waits for the thread to end after {@link #close()}. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    // ---- the training thread ----

    /** After the run started over: paused, nothing pending, no speed measured yet. */
    private void startOver() {
        running = false;
        pendingSteps = 0;
        target = -1;
        iterationsPerSecond = 0;
        rate.reset();
        dirty = true;
    }

    private void stop() {
        running = false;
        pendingSteps = 0;
        target = -1;
    }

    private boolean active() {
        return running || pendingSteps > 0 || target > trained.iteration();
    }

    private void loop() {
        try {
            while (!closed) {
                Runnable command = active() ? commands.poll() : commands.poll(PUBLISH_NANOS);
                while (command != null) {
                    guarded(command);
                    dirty = true;
                    command = commands.poll();
                }
                if (active()) {
                    try {
                        trainSlice();
                    } catch (RuntimeException e) {
                        failed(e);
                    }
                }
                long now = System.nanoTime();
                if (dirty && (!active() || now - lastPublishNanos >= PUBLISH_NANOS)) {
                    iterationsPerSecond = rate.measure(now, trained.iteration(), active());
                    try {
                        sink.accept(snapshot());
                        dirty = false;
                    } catch (RuntimeException e) {
                        failed(e); // and tried again a frame later, now saying so
                    }
                    lastPublishNanos = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A command that throws marks the run failed and stops training; the thread lives on and keeps
     * answering, and a reset or a load starts afresh.
     */
    private void guarded(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void failed(RuntimeException e) {
        stop();
        trained.fail(e);
        dirty = true;
    }

    /** Trains for a few milliseconds at most, so commands are answered within a frame. */
    private void trainSlice() throws InterruptedException {
        long start = System.nanoTime();
        long end = start + SLICE_NANOS;
        boolean paced = pendingSteps == 0 && pace.limited();
        long batch = 1;
        while (active()) {
            long allowed = batch;
            if (paced) {
                allowed = Math.min(batch, pace.due(trained.iteration()));
                if (allowed <= 0) {
                    // Sleep until the next iteration is due, but wake for any command.
                    long waitNanos = pace.nanosUntilNext(trained.iteration());
                    Runnable command = commands.poll(Math.max(1, Math.min(waitNanos, PUBLISH_NANOS)));
                    if (command != null) {
                        guarded(command);
                        dirty = true;
                        return;
                    }
                    return;
                }
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
        if (!trained.iterate()) {
            stop();
            dirty = true;
            return false;
        }
        if (pendingSteps > 0) {
            pendingSteps--;
        }
        if (target >= 0 && trained.iteration() >= target) {
            target = -1;
        }
        return true;
    }

    private void restartPace() {
        pace.restart(trained.iteration());
    }

    private TrainingSnapshot snapshot() {
        long iteration = trained.iteration();
        State state = running || target > iteration ? State.RUNNING
                : pendingSteps > 0 ? State.STEPPING : State.PAUSED;
        return trained.snapshot(state, iterationsPerSecond, target > iteration ? target : -1, commands.done());
    }
}
