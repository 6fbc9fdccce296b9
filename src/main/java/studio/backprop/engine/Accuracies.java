package studio.backprop.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Accuracy apart for the points trained on and those held out, their classes told by all the data. */
public final class Accuracies {
    private Accuracies() {
    }

    /**
     * {training, held out}: each a share from 0 to 1, NaN when the targets are not classes or (held out)
     * when no point is held out.
     *
     * @param heldOut the held-out points' numbers, from 0
     */
    public static double[] of(Network network, DataSet data, List<Integer> heldOut) {
        Optional<Accuracy.Classes> classes = Accuracy.classes(data);
        if (classes.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int[] held = heldOut.stream().mapToInt(Integer::intValue).sorted().toArray();
        boolean[] isHeld = new boolean[data.size()];
        for (int p : held) {
            isHeld[p] = true;
        }
        int[] trained = IntStream.range(0, data.size()).filter(p -> !isHeld[p]).toArray();
        return new double[] {
            Accuracy.of(network, held.length == 0 ? data : data.subset(trained), classes.get()),
            held.length == 0 ? Double.NaN : Accuracy.of(network, data.subset(held), classes.get())};
    }
}
