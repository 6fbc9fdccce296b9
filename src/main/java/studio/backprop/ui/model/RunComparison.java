package studio.backprop.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.Variant;
import studio.backprop.training.Lockstep;
import studio.backprop.training.LossRecord;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.training.TrainingThread;

/**
 * The runs of a comparison and how each differs from the experiment: run i is variant i of it. An edit
 * of the experiment reaches every run as its own variant, so all train on the same data and network;
 * they train in {@link Lockstep}. FX thread only.
 */
public final class RunComparison {
    private final ReadOnlyObjectWrapper<List<ComparedRun>> compared =
            new ReadOnlyObjectWrapper<>(this, "compared", List.of());
    private final List<Variant> variants = new ArrayList<>();
    private final List<Run> runs;
    private final BiFunction<String, Experiment, Run> newRun;
    private final Consumer<Run> activate;
    private final Runnable changed;
    private Lockstep lockstep;
    /** The one thread every compared run trains on, made with the first comparison. */
    private TrainingThread shared;
    private boolean refreshPending;

    /**
     * @param runs     the studio's runs, which this adds to and removes from
     * @param newRun   adds a run to them, not yet started
     * @param activate makes a run the one shown
     * @param changed  says that the runs compared changed
     */
    RunComparison(List<Run> runs, BiFunction<String, Experiment, Run> newRun, Consumer<Run> activate,
                  Runnable changed) {
        this.runs = runs;
        this.newRun = newRun;
        this.activate = activate;
        this.changed = changed;
    }

    /**
     * Compares runs of {@code base} that differ as {@code chosen} says, all from iteration 0: the first
     * run becomes the first variant, and a run is started for each other. A variant that cannot train is
     * refused before anything changes.
     */
    public void compare(Experiment base, List<Variant> chosen) {
        List<Experiment> experiments = chosen.stream().map(v -> v.apply(base)).toList();
        keepOnly(runs.get(0));
        if (shared == null) {
            shared = new TrainingThread();
        }
        // One thread for all: a comparison then takes no more of the machine than one run, and the window
        // keeps its frame rate.
        runs.get(0).moveTo(shared, experiments.get(0));
        for (int i = 1; i < chosen.size(); i++) {
            newRun.apply(chosen.get(i).label(), experiments.get(i)).start(shared);
        }
        variants.addAll(chosen);
        lockstep = new Lockstep();
        runs.forEach(run -> run.setLockstep(lockstep.join()));
        activate.accept(runs.get(0));
        changed.run();
    }

    /** Drops a compared run other than the first; with one run left, the comparison ends. */
    public void remove(Run run) {
        int index = runs.indexOf(run);
        if (index <= 0) {
            throw new IllegalArgumentException("the first run is the experiment: keep another run instead");
        }
        activate.accept(runs.get(0));
        run.close();
        runs.remove(index);
        variants.remove(index);
        if (runs.size() == 1) {
            end();
        }
        changed.run();
    }

    /** Ends a comparison keeping {@code run} alone, where it has got to: it becomes the first run. */
    public void keepOnly(Run run) {
        if (!runs.contains(run)) {
            throw new IllegalArgumentException(run.name() + " is not one of this studio's runs");
        }
        activate.accept(run);
        for (Run other : List.copyOf(runs)) {
            if (other != run) {
                other.close();
                runs.remove(other);
            }
        }
        end();
        changed.run();
    }

    private void end() {
        if (lockstep != null) {
            runs.forEach(run -> run.setLockstep(null));
        }
        variants.clear();
        lockstep = null;
    }

    /** True while runs are compared. */
    public boolean active() {
        return variants.size() > 1;
    }

    /** The variants compared, run by run; empty when not comparing. */
    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    /** Every compared run with its newest snapshot, for the views; empty when not comparing. */
    public ReadOnlyObjectProperty<List<ComparedRun>> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    String label(int index) {
        return index < variants.size() ? variants.get(index).label() : null;
    }

    /** Every run starts over on its variant of {@code experiment}. */
    void load(Experiment experiment) {
        for (int i = 0; i < runs.size(); i++) {
            runs.get(i).load(variants.get(i).apply(experiment));
        }
    }

    /**
     * The first run goes on from the weights the experiment reached (an edit, an undo); each other run
     * follows the edit as its variant, from where it is.
     */
    void resume(Experiment experiment, Network reached, long iteration, Optimizer memory, BatchPosition at,
                LossRecord kept) {
        runs.get(0).resume(variants.get(0).apply(experiment), reached, iteration, memory, at, kept);
        for (int i = 1; i < runs.size(); i++) {
            follow(runs.get(i), variants.get(i).apply(experiment), false);
        }
    }

    /**
     * A compared run follows an edit of the experiment from where it is: with its own weights, memory and
     * loss chart when the network keeps its shape and training goes on, from the start otherwise.
     */
    static void follow(Run run, Experiment edited, boolean fromStart) {
        TrainingSnapshot s = run.getSnapshot();
        Network reached = s == null ? null : s.network();
        if (fromStart || reached == null || !reached.architecture().equals(edited.initial().architecture())) {
            run.load(edited);
            return;
        }
        Optimizer memory = s.optimizer().id().equals(edited.optimizer().id()) ? s.optimizer() : null;
        BatchPosition at = s.beyond().options().equals(edited.options()) ? s.beyond().position()
                : BatchPosition.START;
        run.resume(edited, reached, s.iteration(), memory, at, s.lossRecord());
    }

    /** Ends the shared thread, once every run is closed. */
    void close() {
        if (shared != null) {
            shared.close();
        }
    }

    /**
     * A run's snapshot came: the runs are drawn afresh once, after the other runs' snapshots already on
     * their way to the FX thread, rather than once for each.
     */
    void refreshSoon(Executor fxThread, Supplier<Run> active) {
        if (refreshPending || !active()) {
            return;
        }
        refreshPending = true;
        fxThread.execute(() -> {
            refreshPending = false;
            refresh(active.get());
        });
    }

    /** Draws the runs afresh: the runs or the run shown changed. */
    void refresh(Run active) {
        compared.set(drawn(active));
    }

    private List<ComparedRun> drawn(Run active) {
        if (!active()) {
            return List.of();
        }
        List<ComparedRun> drawn = new ArrayList<>();
        for (int i = 0; i < runs.size() && i < variants.size(); i++) {
            Run run = runs.get(i);
            drawn.add(new ComparedRun(i, label(i), run.getSnapshot(), run == active));
        }
        return List.copyOf(drawn);
    }
}
