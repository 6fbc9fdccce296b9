package studio.backprop.ui.diagram;

import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.GradientDescent;
import studio.backprop.engine.Network;
import studio.backprop.training.LossHistory;
import studio.backprop.training.TrainingSnapshot;

/** Snapshots built directly from the engine, without the training thread. */
final class Snapshots {
    private Snapshots() {
    }

    /** The chapter's example after n iterations of gradient descent. */
    static TrainingSnapshot chapter(long n) {
        return trained(Experiment.chapter(), n);
    }

    static TrainingSnapshot trained(Experiment experiment, long n) {
        GradientDescent gd = experiment.start();
        gd.iterate(n);
        double lr = experiment.learningRate();
        return new TrainingSnapshot(gd.iteration(), gd.network(), gd.rss(), gd.predictions(), gd.gradient(), lr, lr,
                experiment.initial(), experiment.data(), new LossHistory().freeze(), new long[0],
                TrainingSnapshot.State.PAUSED, 0, -1, null);
    }

    /** A network as it is, at iteration 0. */
    static TrainingSnapshot of(Network network, DataSet data) {
        return trained(new Experiment(network, data, 0.01), 0);
    }
}
