package studio.backprop.ui.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.Trainer;
import studio.backprop.training.Divergence;
import studio.backprop.training.Lockstep;
import studio.backprop.training.LossRecord;
import studio.backprop.training.TrainingService;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.training.TrainingThread;

/**
 * One training run as the FX side sees it: its {@link TrainingService}, the newest snapshot it has
 * published (updated on the FX thread, at most once a pulse), and the commands that go to it without
 * waiting, numbered so that what they will do counts before a snapshot shows it. Commands are called on
 * the FX thread, like the properties are read there.
 */
public final class Run implements AutoCloseable {
    private final String name;
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Divergence> divergence = new ReadOnlyObjectWrapper<>(this, "divergence");
    private final Experiment start;
    private final Executor fxThread;
    /** Made by {@link #start()}, once whoever follows this run listens. */
    private TrainingService service;
    private long snapshotsShown;
    private Divergence dismissed;
    /**
     * What the commands sent since the newest snapshot will make of running and the rate, until a
     * snapshot shows command {@code pendingUntil} done: so that Space or Up pressed twice within a frame
     * counts twice. Null and NaN when nothing is pending.
     */
    private Boolean pendingRunning;
    private double pendingRate = Double.NaN;
    private long pendingUntil;
    /** The number of the last command sent. */
    private long lastCommand;

    /**
     * A run that trains nothing until {@link #start()}.
     *
     * @param fxThread where snapshots are shown: the FX thread, or for tests without a toolkit any executor
     */
    public Run(String name, Experiment experiment, Executor fxThread) {
        this.name = name;
        this.start = experiment;
        this.fxThread = fxThread;
    }

    /**
     * Starts its training thread, paused at iteration 0. Listeners attached before this see its first
     * snapshot: nothing is published before.
     */
    public void start() {
        start(null);
    }

    /** As {@link #start()}, on a thread it shares with other runs (its own when null). */
    void start(TrainingThread shared) {
        if (service != null) {
            throw new IllegalStateException(name + " has started already");
        }
        service = new TrainingService(start, new LatestValuePublisher<>(fxThread, this::show), shared);
    }

    /**
     * Starts over on {@code experiment} at iteration 0, trained from now on by {@code shared} (a
     * comparison's thread): the old service ends, and nothing it had pending counts any more.
     */
    void moveTo(TrainingThread shared, Experiment experiment) {
        TrainingService old = service;
        service = new TrainingService(experiment, new LatestValuePublisher<>(fxThread, this::show), shared);
        old.close();
        pendingRunning = null;
        pendingRate = Double.NaN;
        pendingUntil = 0;
        lastCommand = 0;
    }

    private void show(TrainingSnapshot s) {
        snapshotsShown++;
        if (s.commandsDone() >= pendingUntil) {
            pendingRunning = null;
            pendingRate = Double.NaN;
        }
        divergence.set(s.divergence() == dismissed ? null : s.divergence()); // none after a reset too
        running.set(s.running());
        snapshot.set(s);
    }

    /** Runs {@code task} on this run's training thread between its turns: for timing on its core. */
    public <T> CompletableFuture<T> onTrainingThread(Supplier<T> task) {
        return service.onTrainingThread(task);
    }

    /** What the run is called where runs are listed: "Run 1", or what the user named it. */
    public String name() {
        return name;
    }

    // ---- properties ----

    /** The newest snapshot; null until the service has published its first. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot getSnapshot() {
        return snapshot.get();
    }

    /** True while running, stepping or running until an iteration. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Set when training stopped on a NaN or an infinity; cleared by the next command that trains. */
    public ReadOnlyObjectProperty<Divergence> divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    /** How many snapshots reached the FX thread: for the frame-rate read-out and tests. */
    public long snapshotsShown() {
        return snapshotsShown;
    }

    // ---- commands ----

    public void run() {
        expect(true, service.run());
    }

    public void pause() {
        expect(false, service.pause());
    }

    /** Pauses if running (or about to, by a command not yet shown), else runs. */
    public void toggleRun() {
        if (willRun()) {
            pause();
        } else {
            run();
        }
    }

    /** True when running, or about to by a command not yet shown. */
    public boolean willRun() {
        return pendingRunning != null ? pendingRunning : running.get();
    }

    public void step(long n) {
        expect(true, service.step(n));
    }

    public void runUntil(long iteration) {
        expect(true, service.runUntil(iteration));
    }

    public void reset() {
        expect(false, service.reset());
    }

    public void load(Experiment experiment) {
        expect(false, service.load(experiment));
        pendingRate = experiment.learningRate();
    }

    /**
     * Loads an experiment and goes on from the weights it reached at {@code iteration}, with the optimiser's
     * {@code memory} there, or a fresh optimiser when it is null, and the loss chart {@code kept} before it.
     */
    public void resume(Experiment experiment, Network reached, long iteration, Optimizer memory, BatchPosition at,
                       LossRecord kept) {
        // may refuse: then nothing is pending
        Trainer trainer = memory == null ? experiment.resume(reached, iteration, OptimizerMemory.NONE, at)
                : new Trainer(reached, experiment.data(), experiment.learningRate(), iteration, memory.copy(),
                        experiment.options(), at);
        expect(false, service.resume(experiment, trainer, kept));
        pendingRate = experiment.learningRate();
    }

    public void setLearningRate(double alpha) {
        long command = service.setLearningRate(alpha);
        pendingRate = alpha;
        pendingUntil = command;
        lastCommand = command;
    }

    /**
     * Multiplies the current rate, stopping at the slider's range 1e-4 .. 10; a rate already outside it
     * (from a file) still moves the way asked, never jumps back across the range.
     */
    public void scaleLearningRate(double factor) {
        TrainingSnapshot s = snapshot.get();
        if (!Double.isNaN(pendingRate)) {
            setLearningRate(LearningRates.scale(pendingRate, factor));
        } else if (s != null) {
            setLearningRate(LearningRates.scale(s.learningRate(), factor));
        }
    }

    /** Whether training will run once the command numbered {@code command} is done. */
    private void expect(boolean runs, long command) {
        pendingRunning = runs;
        pendingUntil = command;
        lastCommand = command;
    }

    /**
     * True when the newest snapshot shows every command sent done: what it shows is where training is,
     * not where it was before a load or a reset still on its way.
     */
    public boolean settled() {
        TrainingSnapshot s = snapshot.get();
        return s != null && s.commandsDone() >= lastCommand;
    }

    /** Hides the divergence notice; training stays where it is. */
    public void dismissDivergence() {
        dismissed = divergence.get();
        divergence.set(null);
    }

    public void setSpeed(double iterationsPerSecond) {
        lastCommand = service.setSpeed(iterationsPerSecond);
    }

    /** Trains in step with the other runs of a comparison (null: alone). */
    void setLockstep(Lockstep.Lane lane) {
        lastCommand = service.setLockstep(lane);
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }

    /** For shutdown and tests: waits for the training thread to end after {@link #close()}. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        return service == null || service.awaitTermination(millis);
    }
}
