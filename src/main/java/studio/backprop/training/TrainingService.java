package studio.backprop.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.WeightChange;
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
    private static final long RATE_WINDOW_NANOS = 500_000_000L;

    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Consumer<TrainingSnapshot> sink;
    private final Thread thread;
    private volatile boolean closed;
    /** Commands numbered so far; guarded by the queue's monitor. */
    private long submitted;
    /** The number of the last command carried out; training thread only. */
    private long commandsDone;

    // Confined to the training thread.
    private Experiment experiment;
    private Trainer descent;
    private final LossHistory history = new LossHistory();
    private final List<Long> rateChanges = new ArrayList<>();
    private double lastLearningRate;
    private boolean running;
    private long pendingSteps;
    private long target = -1;
    private double speed = UNLIMITED;
    private long paceStartNanos;
    private long paceStartIteration;
    private Divergence divergence;
    private Failure failure;
    private boolean gradientKnown;
    private long rateWindowNanos;
    private long rateWindowIteration;
    private double iterationsPerSecond;
    private long lastPublishNanos;
    private boolean dirty = true;

    public TrainingService(Experiment experiment, Consumer<TrainingSnapshot> sink) {
        this.sink = sink;
        startFrom(experiment);
        thread = new Thread(this::loop, "training");
        thread.setDaemon(true);
        thread.start();
    }

    // ---- commands, callable from any thread ----

    public long run() {
        return submit(() -> {
            if (failure != null) {
                return;
            }
            running = true;
            target = -1;
            divergence = null;
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
            if (failure != null) {
                return;
            }
            running = false;
            target = -1;
            divergence = null;
            pendingSteps += n;
        });
    }

    /** Runs until the iteration count reaches n (at the chosen speed), then pauses. */
    public long runUntil(long n) {
        return submit(() -> {
            if (failure == null && n > descent.iteration()) {
                stop();
                target = n;
                divergence = null;
                restartPace();
            }
        });
    }

    /** Back to the initial weights, iteration 0, history cleared; the learning rate stays. */
    public long reset() {
        return submit(() -> startFrom(experiment.withLearningRate(descent.learningRate())));
    }

    /** Starts over on another experiment, paused at iteration 0. */
    public long load(Experiment next) {
        return submit(() -> startFrom(next));
    }

    /**
     * Loads an experiment and goes on from weights it had reached, paused at that iteration; Reset still
     * returns to the experiment's initial weights. The history starts afresh at that iteration.
     */
    public long resume(Experiment next, Network reached, long iteration) {
        Trainer check = new Trainer(reached, next.data(), next.learningRate(), iteration);
        return submit(() -> {
            startFrom(next);
            descent = check;
            gradientKnown = false;
        });
    }

    /** Applies from the next iteration on, running or not. */
    public long setLearningRate(double alpha) {
        Trainer.requireLearningRate(alpha); // refused here, on the caller's thread
        return submit(() -> {
            if (alpha != descent.learningRate()) {
                descent.setLearningRate(alpha);
                rateChanges.add(descent.iteration());
            }
        });
    }

    /** Iterations per second while running; {@link #UNLIMITED} for as fast as possible. */
    public long setSpeed(double iterationsPerSecond) {
        if (!(iterationsPerSecond > 0)) {
            throw new IllegalArgumentException("the speed must be positive, got " + iterationsPerSecond);
        }
        return submit(() -> {
            speed = iterationsPerSecond;
            restartPace();
        });
    }

    /**
     * Queues a command under the next number; the training thread carries commands out in that order.
     * The lock only keeps numbers and queue order alike when several threads submit: the training
     * thread never takes it (only the queue's own, briefly, to poll).
     *
     * @return the command's number, which {@link TrainingSnapshot#commandsDone()} reaches once it is done
     */
    private long submit(Runnable command) {
        synchronized (commands) {
            long number = ++submitted;
            commands.add(() -> {
                try {
                    command.run();
                } finally {
                    commandsDone = number;
                }
            });
            return number;
        }
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

    private void startFrom(Experiment next) {
        experiment = next;
        descent = next.start();
        history.clear();
        rateChanges.clear();
        lastLearningRate = next.learningRate();
        running = false;
        pendingSteps = 0;
        target = -1;
        divergence = null;
        failure = null;
        gradientKnown = false;
        iterationsPerSecond = 0;
        dirty = true;
    }

    private void stop() {
        running = false;
        pendingSteps = 0;
        target = -1;
    }

    private boolean active() {
        return running || pendingSteps > 0 || target > descent.iteration();
    }

    private void loop() {
        try {
            while (!closed) {
                Runnable command = active() ? commands.poll() : commands.poll(PUBLISH_NANOS, TimeUnit.NANOSECONDS);
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
                    measureRate(now);
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
        failure = Failure.of(descent.iteration(), e);
        dirty = true;
    }

    /** Trains for a few milliseconds at most, so commands are answered within a frame. */
    private void trainSlice() throws InterruptedException {
        long start = System.nanoTime();
        long end = start + SLICE_NANOS;
        boolean paced = pendingSteps == 0 && speed != UNLIMITED;
        long batch = 1;
        while (active()) {
            long allowed = batch;
            if (paced) {
                long due = paceStartIteration + (long) ((System.nanoTime() - paceStartNanos) * 1e-9 * speed);
                allowed = Math.min(batch, due - descent.iteration());
                if (allowed <= 0) {
                    // Sleep until the next iteration is due, but wake for any command.
                    long waitNanos = (long) ((descent.iteration() + 1 - paceStartIteration) / speed * 1e9)
                            - (System.nanoTime() - paceStartNanos);
                    Runnable command = commands.poll(Math.max(1, Math.min(waitNanos, PUBLISH_NANOS)),
                            TimeUnit.NANOSECONDS);
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
        long before = descent.iteration();
        if (!descent.iterateSafely()) {
            long kept = descent.iteration();
            // Either this update failed (kept = before), or the weights of the last one already give a
            // non-finite loss and were undone (kept = before - 1): that update, made at its own rate, failed.
            boolean undoneLast = kept < before;
            divergence = new Divergence(undoneLast ? before : before + 1,
                    undoneLast ? lastLearningRate : descent.learningRate(), kept);
            gradientKnown = false;
            stop();
            dirty = true;
            return false;
        }
        history.add(before, descent.rssBeforeLastUpdate());
        gradientKnown = true;
        lastLearningRate = descent.learningRate();
        if (pendingSteps > 0) {
            pendingSteps--;
        }
        if (target >= 0 && descent.iteration() >= target) {
            target = -1;
        }
        return true;
    }

    private void restartPace() {
        paceStartNanos = System.nanoTime();
        paceStartIteration = descent.iteration();
    }

    private void measureRate(long now) {
        if (!active()) {
            iterationsPerSecond = 0;
            rateWindowNanos = now;
            rateWindowIteration = descent.iteration();
            return;
        }
        long elapsed = now - rateWindowNanos;
        if (elapsed >= RATE_WINDOW_NANOS) {
            iterationsPerSecond = (descent.iteration() - rateWindowIteration) * 1e9 / elapsed;
            rateWindowNanos = now;
            rateWindowIteration = descent.iteration();
        }
    }

    private TrainingSnapshot snapshot() {
        State state = running || target > descent.iteration() ? State.RUNNING
                : pendingSteps > 0 ? State.STEPPING : State.PAUSED;
        return new TrainingSnapshot(descent.iteration(), descent.network(), descent.rss(), descent.predictions(),
                descent.gradient(), lastLearningRate, descent.learningRate(), experiment.initial(),
                experiment.data(), history.freeze(), rateChanges.stream().mapToLong(Long::longValue).toArray(),
                state, iterationsPerSecond, target > descent.iteration() ? target : -1, divergence, gradientKnown,
                commandsDone, gradientKnown ? descent.lastChange() : WeightChange.none(experiment.initial().architecture()),
                descent.optimizer(), failure);
    }
}
