package studio.backprop.model;

import java.util.List;
import java.util.Objects;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Preset;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.WeightInit;
import studio.backprop.training.LossRecord;

/**
 * Everything needed to continue an experiment exactly where it was left: the weights reached after
 * {@code iteration} iterations ({@code network}), the weights training started from and Reset returns to
 * ({@code initialNetwork}), the data, the learning rate, how the initial weights were made and the
 * optimiser, and the loss chart of the training so far.
 *
 * @param preset    the preset it began as ("chapter", ...), or null when it was opened from elsewhere
 * @param init      how "new seed" draws initial weights again; the chapter's when nothing else is known
 * @param optimizer what updates the weights
 * @param memory    the optimiser's memory (a velocity, moments) at {@code network}, so that undo goes on
 *                  exactly where training was; null when not known, as in a file, which keeps none:
 *                  training then goes on from the weights reached with a fresh optimiser
 * @param history   the loss history and its marks before {@code iteration}; empty when not known (a file
 *                  of an older version)
 * @param options   batches, penalty and points held out
 * @param position  where the batches stood at {@code network}
 * @param comparison the runs compared beside this one, as a file keeps them, or null: a file's alone. Every
 *                   state made from this one drops it (the runs go on in the trainer, which a save asks)
 */
public record SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                              long iteration, String preset, WeightInit init, OptimizerSpec optimizer,
                              Optimizer memory, LossRecord history, TrainingOptions options,
                              BatchPosition position, SavedComparison comparison) {

    public SavedExperiment {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(initialNetwork, "initial network");
        Objects.requireNonNull(init, "weight initialization");
        Objects.requireNonNull(history, "loss history");
        Objects.requireNonNull(options, "training options");
        Objects.requireNonNull(position, "batch position");
        if (!network.architecture().equals(initialNetwork.architecture())) {
            throw new IllegalArgumentException("the network " + network.architecture() + " and the initial network "
                    + initialNetwork.architecture() + " differ in shape");
        }
        if (!initialNetwork.isFinite()) {
            throw new IllegalArgumentException("every weight and bias must be a finite number");
        }
        SavedRun.requireReached(network, iteration, history);
        if (memory != null && !memory.id().equals(optimizer.id())) {
            throw new IllegalArgumentException("the memory of " + memory.id() + " does not belong to " + optimizer);
        }
        // Checks that the data fit the network and the options, and that the rate is positive and finite.
        Experiment base = new Experiment(initialNetwork, data, learningRate, optimizer, options);
        if (comparison != null) {
            comparison.requireFits(base);
        }
    }

    /** Not compared with other runs. */
    public SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                           long iteration, String preset, WeightInit init, OptimizerSpec optimizer,
                           Optimizer memory, LossRecord history, TrainingOptions options, BatchPosition position) {
        this(network, initialNetwork, data, learningRate, iteration, preset, init, optimizer, memory, history,
                options, position, null);
    }

    /** Trained with the chapter's options, at the start of an epoch. */
    public SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                           long iteration, String preset, WeightInit init, OptimizerSpec optimizer,
                           Optimizer memory, LossRecord history) {
        this(network, initialNetwork, data, learningRate, iteration, preset, init, optimizer, memory, history,
                TrainingOptions.CHAPTER, BatchPosition.START);
    }

    /** With no optimiser memory: as read from a file. */
    public SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                           long iteration, String preset, WeightInit init, OptimizerSpec optimizer,
                           LossRecord history) {
        this(network, initialNetwork, data, learningRate, iteration, preset, init, optimizer, null, history);
    }

    /** With no optimiser memory and no loss history. */
    public SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                           long iteration, String preset, WeightInit init, OptimizerSpec optimizer) {
        this(network, initialNetwork, data, learningRate, iteration, preset, init, optimizer, LossRecord.EMPTY);
    }

    /** Trained by the chapter's gradient descent. */
    public SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                           long iteration, String preset, WeightInit init) {
        this(network, initialNetwork, data, learningRate, iteration, preset, init, OptimizerSpec.chapter());
    }

    /** A fresh start: the experiment's initial weights at iteration 0. */
    public static SavedExperiment start(Experiment experiment, String preset, WeightInit init) {
        return new SavedExperiment(experiment.initial(), experiment.initial(), experiment.data(),
                experiment.learningRate(), 0, preset, init, experiment.optimizer(), null, LossRecord.EMPTY,
                experiment.options(), BatchPosition.START);
    }

    /** A preset at its start. */
    public static SavedExperiment of(Preset preset) {
        return start(preset.experiment(), preset.id(), preset.init());
    }

    /** What Reset starts over from. */
    public Experiment experiment() {
        return new Experiment(initialNetwork, data, learningRate, optimizer, options);
    }

    /** The weights reached taken as a new start, as {@code train --experiment} does. */
    public Experiment continued() {
        return new Experiment(network, data, learningRate, optimizer, options);
    }

    /**
     * Other training options from the weights reached on: the batches start a new epoch, and the
     * optimiser keeps its memory.
     */
    public SavedExperiment withOptions(TrainingOptions other) {
        return new SavedExperiment(network, initialNetwork, data, learningRate, iteration, preset, init, optimizer,
                memory, history, other, BatchPosition.START);
    }

    /** With runs compared beside it (null: none); refused when a run cannot go on from this experiment. */
    public SavedExperiment withComparison(SavedComparison runs) {
        return new SavedExperiment(network, initialNetwork, data, learningRate, iteration, preset, init, optimizer,
                memory, history, options, position, runs);
    }

    /** Training got this far; the experiment is otherwise the same. */
    public SavedExperiment withProgress(Network reached, long iterations, double rate) {
        return withProgress(new Progress(reached, iterations, rate));
    }

    /** Back at the initial weights at iteration 0, at the rate in use: what Reset does. */
    public SavedExperiment restarted() {
        return new SavedExperiment(initialNetwork, initialNetwork, data, learningRate, 0, preset, init, optimizer,
                null, LossRecord.EMPTY, options, BatchPosition.START);
    }

    /** True when training is at the initial weights at iteration 0. */
    public boolean atStart() {
        return iteration == 0 && network.equals(initialNetwork);
    }

    /**
     * Other data; training goes on from the weights reached, its optimiser's memory too. Points held out
     * stay held out where the new data still has them; the batches start a new epoch.
     */
    public SavedExperiment withData(DataSet other) {
        TrainingOptions kept = options.withHeldOut(options.heldOut().stream().filter(p -> p < other.size()).toList());
        if (kept.heldOut().size() >= other.size()) {
            kept = kept.withHeldOut(List.of());
        }
        return new SavedExperiment(network, initialNetwork, other, learningRate, iteration, preset, init, optimizer,
                memory, history, kept, BatchPosition.START);
    }

    /** An edited network, which becomes the initial one at iteration 0, so Reset returns to it as edited. */
    public SavedExperiment withEditedNetwork(Network edited) {
        return new SavedExperiment(edited, edited, data, learningRate, 0, preset, init, optimizer, null,
                LossRecord.EMPTY, options, BatchPosition.START);
    }

    /** Weights drawn afresh by {@code how}; all training so far is set aside. */
    public SavedExperiment withDrawnWeights(Network drawn, WeightInit how) {
        return new SavedExperiment(drawn, drawn, data, learningRate, 0, preset, how, optimizer, null,
                LossRecord.EMPTY, options, BatchPosition.START);
    }

    /** Another optimiser from the weights reached on; its memory starts afresh. */
    public SavedExperiment withOptimizer(OptimizerSpec other) {
        return new SavedExperiment(network, initialNetwork, data, learningRate, iteration, preset, init, other,
                null, history, options, position);
    }

    /**
     * Training got as far as {@code p}, when it fits this experiment; null, or progress of another
     * architecture (a trainer still showing the state before), leaves it as it is.
     */
    public SavedExperiment withProgress(Progress p) {
        if (p == null || !p.network().architecture().equals(network.architecture())) {
            return this;
        }
        Optimizer reached = p.optimizer() != null && p.optimizer().id().equals(optimizer.id()) ? p.optimizer() : null;
        LossRecord led = p.history() != null ? p.history() : history.upTo(p.iteration());
        return new SavedExperiment(p.network(), initialNetwork, data, p.learningRate(), p.iteration(), preset, init,
                optimizer, reached, led, options, p.position());
    }

    /**
     * True when the initial weights are not as {@code init} draws them: edited by hand, or reshaped from
     * trained weights by an architecture or activation edit. {@code init} then only says how "new seed"
     * would draw them again.
     */
    public boolean initialEdited() {
        return !initialNetwork.equals(init.draw(initialNetwork.architecture()));
    }

    /** True when the two differ only in how far training got. */
    public boolean sameSetup(SavedExperiment other) {
        return initialNetwork.equals(other.initialNetwork) && data.equals(other.data)
                && Objects.equals(preset, other.preset) && init.equals(other.init) && optimizer.equals(other.optimizer)
                && options.equals(other.options);
    }
}
