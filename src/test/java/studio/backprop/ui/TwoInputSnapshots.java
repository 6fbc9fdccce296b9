package studio.backprop.ui;

import java.util.List;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.training.TrainingSnapshot;

/** Snapshots of a 2-4-1 network on XOR, made by hand until the two-input presets come. */
public final class TwoInputSnapshots {
    private TwoInputSnapshots() {
    }

    public static final Network XOR_NETWORK = new Network(
            new Architecture(new int[] {2, 4, 1}, List.of(Activation.TANH, Activation.SIGMOID)),
            new double[][] {{0.5, -1, 2, 0.25, 1, 1, -1, 0.5}, {1, -2, 0.5, 1}},
            new double[][] {{0.1, -0.2, 0, 0.3}, {0.05}});
    public static final DataSet XOR = new DataSet(2, 1, new double[] {0, 0, 0, 1, 1, 0, 1, 1}, new double[] {0, 1, 1, 0});

    /** XOR after n iterations at rate 0.5: by 300 the four points sit on their sides of the boundary. */
    public static TrainingSnapshot xor(long n) {
        return Snapshots.trained(new Experiment(XOR_NETWORK, XOR, 0.5), n);
    }

    /** The same network on targets that are not classes. */
    public static TrainingSnapshot surface(long n) {
        DataSet values = new DataSet(2, 1, new double[] {0, 0, 0, 1, 1, 0, 1, 1}, new double[] {0.2, 0.9, 0.7, 0.4});
        return Snapshots.trained(new Experiment(XOR_NETWORK, values, 0.5), n);
    }

    /** The snapshot as it is published while training runs. */
    public static TrainingSnapshot running(TrainingSnapshot s) {
        return new TrainingSnapshot(s.iteration(), s.network(), s.rss(), s.predictions(), s.gradient(),
                s.lastLearningRate(), s.learningRate(), s.initial(), s.data(), s.history(), s.rateChanges(),
                TrainingSnapshot.State.RUNNING, 0, -1, null, s.gradientKnown(), s.commandsDone(), s.change(),
                s.optimizer(), null, s.edits(), s.beyond());
    }
}
