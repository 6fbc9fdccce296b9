package studio.backprop.model;

import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;

/**
 * How far training got: the weights reached, the iterations done, the rate in use and the optimiser's
 * memory there.
 *
 * @param network      the weights reached
 * @param iteration    the iterations done to reach them
 * @param learningRate the rate in use
 * @param optimizer    the optimiser as the next iteration would find it (a velocity, moments), or null
 *                     when not known: training then goes on with a fresh one
 */
public record Progress(Network network, long iteration, double learningRate, Optimizer optimizer) {

    /** Progress whose optimiser memory is not known. */
    public Progress(Network network, long iteration, double learningRate) {
        this(network, iteration, learningRate, null);
    }
}
