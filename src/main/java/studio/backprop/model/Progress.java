package studio.backprop.model;

import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.Network;
import studio.backprop.engine.Optimizer;
import studio.backprop.training.LossRecord;
import studio.backprop.training.TrainingSnapshot;

/**
 * How far training got: the weights reached, the iterations done, the rate in use and the optimiser's
 * memory there, and the loss chart that led there.
 *
 * @param network      the weights reached
 * @param iteration    the iterations done to reach them
 * @param learningRate the rate in use
 * @param optimizer    the optimiser as the next iteration would find it (a velocity, moments), or null
 *                     when not known: training then goes on with a fresh one
 * @param history      the loss history and its marks up to here, or null when not known
 * @param position     where the batches stood
 */
public record Progress(Network network, long iteration, double learningRate, Optimizer optimizer,
                       LossRecord history, BatchPosition position) {

    /** Where a run's snapshot shows training: its weights, rate, optimiser, loss chart and batches. */
    public static Progress of(TrainingSnapshot s) {
        return new Progress(s.network(), s.iteration(), s.learningRate(), s.optimizer(), s.lossRecord(),
                s.beyond().position());
    }

    /** Progress whose optimiser memory and loss history are not known, at the start of an epoch. */
    public Progress(Network network, long iteration, double learningRate) {
        this(network, iteration, learningRate, null, null, BatchPosition.START);
    }
}
