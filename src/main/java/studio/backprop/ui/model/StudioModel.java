package studio.backprop.ui.model;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.training.Divergence;
import studio.backprop.training.LossRecord;
import studio.backprop.training.TrainingSnapshot;

/**
 * The state of the whole studio, without any node: the runs and which one is active, and what the
 * views share (the selected point, presentation mode, the stepper's phase). Its snapshot, running and
 * divergence properties follow the active run, so a view binds once and shows whichever run is active;
 * its commands go to the active run. Called on the FX thread.
 */
public final class StudioModel implements AutoCloseable {
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Run> activeRun = new ReadOnlyObjectWrapper<>(this, "activeRun");
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<Divergence> divergence = new ReadOnlyObjectWrapper<>(this, "divergence");
    private final IntegerProperty selectedPoint = new SimpleIntegerProperty(this, "selectedPoint", 0);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation", false);
    private final ObjectProperty<Phase> activePhase = new SimpleObjectProperty<>(this, "activePhase");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final Executor fxThread;
    private final ChangeListener<TrainingSnapshot> follow = (obs, was, s) -> show(s);
    private final RunComparison comparison = new RunComparison(runs, this::newRun, this::setActiveRun,
            this::refreshCompared);
    private Runnable reset = this::resetActiveRun;

    public StudioModel(Experiment experiment) {
        this(experiment, Platform::runLater);
    }

    /** @param fxThread where snapshots are shown: the FX thread, or for tests without a toolkit any executor */
    public StudioModel(Experiment experiment, Executor fxThread) {
        this.fxThread = fxThread;
        activeRun.addListener((obs, was, now) -> follow(was, now));
        Run first = newRun(experiment);
        activeRun.set(first); // followed before it starts, so its first snapshot cannot slip past
        first.start();
    }

    /** Starts another run, paused at iteration 0 of {@code experiment}; the active run stays active. */
    public Run addRun(Experiment experiment) {
        Run run = newRun(experiment);
        run.start();
        return run;
    }

    private Run newRun(Experiment experiment) {
        return newRun("Run " + (runs.size() + 1), experiment);
    }

    /** A run added to the list, its snapshots followed; started by the caller. */
    private Run newRun(String name, Experiment experiment) {
        Run run = new Run(name, experiment, fxThread);
        runs.add(run);
        run.snapshotProperty().addListener(obs -> comparison.refreshSoon(fxThread, activeRun::get));
        return run;
    }

    private void refreshCompared() {
        comparison.refresh(activeRun.get());
    }

    /** The runs compared side by side, how they differ, and the commands to start and end a comparison. */
    public RunComparison comparison() {
        return comparison;
    }

    /** The runs commands go to: every compared run, else the active one. */
    private List<Run> commanded() {
        return comparison.active() ? List.copyOf(runs) : List.of(activeRun());
    }

    /** Makes one of the runs the one the views show and the commands go to. */
    public void setActiveRun(Run run) {
        if (!runs.contains(run)) {
            throw new IllegalArgumentException(run.name() + " is not one of this studio's runs");
        }
        activeRun.set(run);
    }

    private void follow(Run was, Run now) {
        refreshCompared();
        if (was != null) {
            was.snapshotProperty().removeListener(follow);
        }
        running.bind(now.runningProperty());
        divergence.bind(now.divergenceProperty());
        now.snapshotProperty().addListener(follow);
        show(now.getSnapshot());
    }

    /** The selected point stays within the data before any view sees the snapshot. */
    private void show(TrainingSnapshot s) {
        if (s != null && selectedPoint.get() >= s.data().size()) {
            selectedPoint.set(s.data().size() - 1);
        }
        snapshot.set(s);
    }

    /** Every run, in the order they were started; read-only. */
    public ObservableList<Run> runs() {
        return FXCollections.unmodifiableObservableList(runs);
    }

    /** The run the views show and the commands go to. */
    public ReadOnlyObjectProperty<Run> activeRunProperty() {
        return activeRun.getReadOnlyProperty();
    }

    public Run activeRun() {
        return activeRun.get();
    }

    /** The active run's newest snapshot; null until it has published its first. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TrainingSnapshot getSnapshot() {
        return snapshot.get();
    }

    /** True while the active run is running, stepping or running until an iteration. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Set when the active run stopped on a NaN or an infinity; cleared by the next command that trains. */
    public ReadOnlyObjectProperty<Divergence> divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    /** The data point whose neuron outputs the diagram shows (from 0). */
    public IntegerProperty selectedPointProperty() {
        return selectedPoint;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /**
     * The phase the stepper shows for the selected point, or null when not stepping. The views
     * highlight it; training is paused while it is set.
     */
    public ObjectProperty<Phase> activePhaseProperty() {
        return activePhase;
    }

    /**
     * A sentence saying what the last edit, undo or reset did to training ("... training goes on from
     * iteration 0"), for the status bar; "" when there is nothing to say, and once training is run or
     * stepped again.
     */
    public StringProperty noticeProperty() {
        return notice;
    }

    /**
     * How many of the active run's snapshots reached the FX thread: for the frame-rate read-out and tests
     * (it counts another run's from where that run is when it becomes active).
     */
    public long snapshotsShown() {
        return activeRun().snapshotsShown();
    }

    // ---- commands: to the active run, or while comparing to every run ----

    public void run() {
        notice.set("");
        commanded().forEach(Run::run);
    }

    public void pause() {
        commanded().forEach(Run::pause);
    }

    /** Pauses if running (or about to, by a command not yet shown), else runs; compared runs all alike. */
    public void toggleRun() {
        notice.set("");
        if (activeRun().willRun()) {
            pause();
        } else {
            run();
        }
    }

    public void step() {
        step(1);
    }

    public void step(long n) {
        notice.set("");
        commanded().forEach(run -> run.step(n));
    }

    public void runUntil(long iteration) {
        notice.set("");
        commanded().forEach(run -> run.runUntil(iteration));
    }

    /** Back to the initial weights at iteration 0, paused; by whoever {@link #setReset} named. */
    public void reset() {
        reset.run();
    }

    /**
     * Makes Reset do something else than reset the active run: the experiment session makes it an edit
     * that can be undone.
     */
    public void setReset(Runnable command) {
        reset = command == null ? this::resetActiveRun : command;
    }

    /** Back to the initial weights at iteration 0, paused, with nothing to undo it. */
    public void resetActiveRun() {
        commanded().forEach(Run::reset);
    }

    /** Loads an experiment at its start; while comparing, into every run as its variant. */
    public void load(Experiment experiment) {
        if (comparison.active()) {
            comparison.load(experiment);
        } else {
            activeRun().load(experiment);
        }
    }

    /**
     * Loads an experiment and goes on from the weights it reached at {@code iteration}, with the optimiser's
     * {@code memory} there, or afresh when it is null, the loss chart showing {@code kept} before it.
     */
    public void resume(Experiment experiment, Network reached, long iteration, Optimizer memory, BatchPosition at,
                       LossRecord kept) {
        if (comparison.active()) {
            comparison.resume(experiment, reached, iteration, memory, at, kept);
        } else {
            activeRun().resume(experiment, reached, iteration, memory, at, kept);
        }
    }

    public void setLearningRate(double alpha) {
        activeRun().setLearningRate(alpha);
    }

    /** Doubles or halves the active run's rate (see {@link Run#scaleLearningRate}). */
    public void scaleLearningRate(double factor) {
        activeRun().scaleLearningRate(factor);
    }

    /** Hides the divergence notice; training stays where it is. */
    public void dismissDivergence() {
        activeRun().dismissDivergence();
    }

    public void setSpeed(double iterationsPerSecond) {
        commanded().forEach(run -> run.setSpeed(iterationsPerSecond));
    }

    /** Stops every run's training thread, and the one compared runs share. */
    @Override
    public void close() {
        runs.forEach(Run::close);
        comparison.close();
    }

    /** For shutdown and tests: waits for every run's training thread to end after {@link #close()}. */
    public boolean awaitTermination(long millis) throws InterruptedException {
        boolean ended = true;
        for (Run run : runs) {
            ended &= run.awaitTermination(millis);
        }
        return ended;
    }
}
