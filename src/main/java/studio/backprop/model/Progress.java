package studio.backprop.model;

import studio.backprop.engine.Network;

/**
 * How far training got: the weights reached, the iterations done and the rate in use.
 *
 * @param network      the weights reached
 * @param iteration    the iterations done to reach them
 * @param learningRate the rate in use
 */
public record Progress(Network network, long iteration, double learningRate) {
}
