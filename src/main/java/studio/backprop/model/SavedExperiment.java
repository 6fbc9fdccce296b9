package studio.backprop.model;

import java.util.Objects;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.WeightInit;

/**
 * Everything needed to continue an experiment exactly where it was left: the weights reached after
 * {@code iteration} iterations ({@code network}), the weights training started from and Reset returns to
 * ({@code initialNetwork}), the data, the learning rate, how the initial weights were made and the
 * optimiser.
 *
 * @param preset    the preset it began as ("chapter", ...), or null when it was opened from elsewhere
 * @param init      how "new seed" draws initial weights again; the chapter's when nothing else is known
 * @param optimizer what updates the weights; its memory (a velocity, moments) is not kept, so training
 *                  goes on from the weights reached with a fresh optimiser
 */
public record SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                              long iteration, String preset, WeightInit init, OptimizerSpec optimizer) {

    public SavedExperiment {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(initialNetwork, "initial network");
        Objects.requireNonNull(init, "weight initialization");
        if (!network.architecture().equals(initialNetwork.architecture())) {
            throw new IllegalArgumentException("the network " + network.architecture() + " and the initial network "
                    + initialNetwork.architecture() + " differ in shape");
        }
        if (!network.isFinite() || !initialNetwork.isFinite()) {
            throw new IllegalArgumentException("every weight and bias must be a finite number");
        }
        if (iteration < 0) {
            throw new IllegalArgumentException("the iteration must be at least 0, got " + iteration);
        }
        // Checks that the data fit the network and that the rate is positive and finite.
        new Experiment(initialNetwork, data, learningRate);
    }

    /** Trained by the chapter's gradient descent. */
    public SavedExperiment(Network network, Network initialNetwork, DataSet data, double learningRate,
                           long iteration, String preset, WeightInit init) {
        this(network, initialNetwork, data, learningRate, iteration, preset, init, OptimizerSpec.chapter());
    }

    /** A fresh start: the experiment's initial weights at iteration 0. */
    public static SavedExperiment start(Experiment experiment, String preset, WeightInit init) {
        return new SavedExperiment(experiment.initial(), experiment.initial(), experiment.data(),
                experiment.learningRate(), 0, preset, init, experiment.optimizer());
    }

    /** What Reset starts over from. */
    public Experiment experiment() {
        return new Experiment(initialNetwork, data, learningRate, optimizer);
    }

    /** The weights reached taken as a new start, as {@code train --experiment} does. */
    public Experiment continued() {
        return new Experiment(network, data, learningRate, optimizer);
    }

    /** Training got this far; the experiment is otherwise the same. */
    public SavedExperiment withProgress(Network reached, long iterations, double rate) {
        return new SavedExperiment(reached, initialNetwork, data, rate, iterations, preset, init, optimizer);
    }

    /** Other data; training goes on from the weights reached. */
    public SavedExperiment withData(DataSet other) {
        return new SavedExperiment(network, initialNetwork, other, learningRate, iteration, preset, init, optimizer);
    }

    /** An edited network, which becomes the initial one at iteration 0, so Reset returns to it as edited. */
    public SavedExperiment withEditedNetwork(Network edited) {
        return new SavedExperiment(edited, edited, data, learningRate, 0, preset, init, optimizer);
    }

    /** Weights drawn afresh by {@code how}; all training so far is set aside. */
    public SavedExperiment withDrawnWeights(Network drawn, WeightInit how) {
        return new SavedExperiment(drawn, drawn, data, learningRate, 0, preset, how, optimizer);
    }

    /** Another optimiser from the weights reached on; its memory starts afresh. */
    public SavedExperiment withOptimizer(OptimizerSpec other) {
        return new SavedExperiment(network, initialNetwork, data, learningRate, iteration, preset, init, other);
    }

    /**
     * Training got as far as {@code p}, when it fits this experiment; null, or progress of another
     * architecture (a trainer still showing the state before), leaves it as it is.
     */
    public SavedExperiment withProgress(Progress p) {
        if (p == null || !p.network().architecture().equals(network.architecture())) {
            return this;
        }
        return withProgress(p.network(), p.iteration(), p.learningRate());
    }

    /** True when the two differ only in how far training got. */
    public boolean sameSetup(SavedExperiment other) {
        return initialNetwork.equals(other.initialNetwork) && data.equals(other.data)
                && Objects.equals(preset, other.preset) && init.equals(other.init) && optimizer.equals(other.optimizer);
    }
}
