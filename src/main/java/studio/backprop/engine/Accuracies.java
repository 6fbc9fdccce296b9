package studio.backprop.engine;

import java.util.List;
import java.util.Optional;

/** Accuracy apart for the points trained on and those held out, their classes told by all the data. */
public final class Accuracies {
    private Accuracies() {
    }

    /**
     * {training, held out}: each a share from 0 to 1, NaN when the targets are not classes or (held out)
     * when no point is held out.
     *
     * @param predictions f(x) at every point, flat as {@link DataSet} stores y (a trainer's)
     * @param heldOut     the held-out points' numbers, from 0
     */
    public static double[] of(DataSet data, double[] predictions, List<Integer> heldOut) {
        Optional<Accuracy.Classes> classes = Accuracy.classes(data);
        if (classes.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        boolean[] isHeld = new boolean[data.size()];
        heldOut.forEach(p -> isHeld[p] = true);
        Accuracy.Outputs f = (p, k) -> predictions[p * data.outputs() + k];
        return new double[] {Accuracy.share(data, classes.get(), f, p -> !isHeld[p]),
            Accuracy.share(data, classes.get(), f, p -> isHeld[p])};
    }
}
