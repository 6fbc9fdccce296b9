package studio.backprop.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The features a network sees instead of the data's inputs: its input layer has one neuron per feature,
 * h_0 = (feature 1 of x, feature 2 of x, ...). Training on data with features is training on the data
 * whose input columns are those features' values, which is how it is done.
 */
public record Features(List<Feature> list) {

    public Features {
        list = List.copyOf(list);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no features: name at least one");
        }
        if (new LinkedHashSet<>(list).size() != list.size()) {
            throw new IllegalArgumentException("a feature is named twice in " + ids(list));
        }
        int inputs = list.get(0).inputs();
        for (Feature f : list) {
            if (f.inputs() != inputs) {
                throw new IllegalArgumentException(ids(list) + " mixes features of one input (x, ...) and of two"
                        + " (x1, x2, ...)");
            }
        }
    }

    /** "x1,x2,x1*x2" read back: names from {@link Feature#id()}, separated by commas. */
    public static Features parse(String text) {
        List<Feature> list = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            String id = name.strip();
            list.add(Arrays.stream(Feature.values()).filter(f -> f.id().equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("unknown feature \"" + id + "\" (known: " + known() + ")")));
        }
        return new Features(list);
    }

    private static String known() {
        return Arrays.stream(Feature.values()).map(Feature::id).collect(Collectors.joining(", "));
    }

    private static String ids(List<Feature> list) {
        return list.stream().map(Feature::id).collect(Collectors.joining(","));
    }

    /** The inputs of the data the features read: 1 or 2. */
    public int inputs() {
        return list.get(0).inputs();
    }

    /** The network's inputs: one per feature. */
    public int count() {
        return list.size();
    }

    /** "x1,x2,x1*x2". */
    public String describe() {
        return ids(list);
    }

    /** The data with the features' values as its inputs, the targets as they were. */
    public DataSet apply(DataSet data) {
        if (data.inputs() != inputs()) {
            throw new IllegalArgumentException("the features " + describe() + " read " + inputs()
                    + (inputs() == 1 ? " input" : " inputs") + ", the data has " + data.inputs());
        }
        double[] raw = data.xArray();
        double[] x = new double[data.size() * count()];
        for (int p = 0; p < data.size(); p++) {
            apply(raw, p * inputs(), x, p * count());
        }
        return new DataSet(count(), data.outputs(), x, data.yArray());
    }

    /** The features of one point's inputs {@code x}, into {@code h0} (one per feature). */
    public void apply(double[] x, double[] h0) {
        apply(x, 0, h0, 0);
    }

    /** The features of the inputs at {@code xs[at..]} into {@code h0[to..]}; allocates nothing. */
    public void apply(double[] xs, int at, double[] h0, int to) {
        for (int k = 0; k < list.size(); k++) {
            h0[to + k] = list.get(k).of(xs, at);
        }
    }
}
