package studio.backprop.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The shape of a fully connected network, in the chapter's numbering: layer 0 is the input,
 * layers 1..L are hidden, layer L+1 is the output. {@code sizes[l]} is the number of neurons of
 * layer l, and layer l (for l = 1..L+1) has the activation {@code activation(l)}.
 *
 * <p>The engine is general in the number of inputs and outputs, as the chapter's vector formulas are.
 *
 * <p>With {@code features}, the input layer holds the features of the data's inputs (h_0 = the features
 * of x, one neuron each) rather than the inputs themselves: the network then takes {@code
 * features.inputs()} inputs and its layer 0 has {@code features.count()} neurons.
 *
 * @param features what the input layer sees of x, or null for x itself (the chapter's)
 */
public record Architecture(int[] sizes, List<Activation> activations, Features features) {

    public Architecture {
        sizes = sizes.clone();
        activations = List.copyOf(activations);
        if (features != null && sizes.length > 0 && features.count() != sizes[0]) {
            throw new IllegalArgumentException("the features " + features.describe() + " need " + features.count()
                    + " input neurons, the network has " + sizes[0]);
        }
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer, got "
                    + sizes.length + " layer size(s)");
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("layer " + l + " needs at least 1 neuron, got " + sizes[l]);
            }
        }
        if (activations.size() != sizes.length - 1) {
            throw new IllegalArgumentException("expected " + (sizes.length - 1)
                    + " activations (layers 1.." + (sizes.length - 1) + "), got " + activations.size());
        }
    }

    /** Its inputs as they come, h_0 = x. */
    public Architecture(int[] sizes, List<Activation> activations) {
        this(sizes, activations, null);
    }

    /** The same shape, seeing these features of the inputs (null: the inputs themselves). */
    public Architecture withFeatures(Features seen) {
        return new Architecture(sizes, activations, seen);
    }

    /** Another shape with these features kept: the same layer 0 and the same inputs. */
    public Architecture reshaped(int[] newSizes, List<Activation> newActivations) {
        return new Architecture(newSizes, newActivations, features);
    }

    /**
     * The points as the input layer sees them: the data itself, or with the features' values as inputs.
     * Training and the forward pass read these.
     */
    public DataSet featured(DataSet data) {
        return features == null ? data : features.apply(data);
    }

    /** Sigmoid on every layer, as in the chapter. */
    public static Architecture sigmoid(int... sizes) {
        return new Architecture(sizes, Collections.nCopies(sizes.length - 1, Activation.SIGMOID));
    }

    /** L + 1: the number of weight layers A_1 .. A_(L+1). */
    public int depth() {
        return sizes.length - 1;
    }

    /** The inputs the network takes: the data's, before any features. */
    public int inputs() {
        return features == null ? sizes[0] : features.inputs();
    }

    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /** Neurons in layer l (0 = input). */
    public int size(int l) {
        return sizes[l];
    }

    /** The activation of layer l, for l = 1..L+1. */
    public Activation activation(int l) {
        return activations.get(l - 1);
    }

    /** Number of weights and biases in all layers. */
    public int parameterCount() {
        int n = 0;
        for (int l = 1; l < sizes.length; l++) {
            n += sizes[l] * (sizes[l - 1] + 1);
        }
        return n;
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** "1-4-2-1". */
    public String describe() {
        return Arrays.stream(sizes).mapToObj(Integer::toString).collect(Collectors.joining("-"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Architecture a && Arrays.equals(sizes, a.sizes) && activations.equals(a.activations)
                && Objects.equals(features, a.features);
    }

    @Override
    public int hashCode() {
        int shape = 31 * Arrays.hashCode(sizes) + activations.hashCode();
        return features == null ? shape : 31 * shape + features.hashCode();
    }

    @Override
    public String toString() {
        return describe() + " " + activations.stream().map(Activation::id).collect(Collectors.joining(","))
                + (features == null ? "" : " seeing " + features.describe());
    }

    /** The one check that data fits a network: as many inputs and outputs per point. */
    public void requireFits(DataSet data) {
        if (data.inputs() != inputs() || data.outputs() != outputs()) {
            throw new IllegalArgumentException("the network " + describe() + " takes "
                    + inputs() + " input(s) and gives " + outputs()
                    + " output(s), the data has " + data.inputs() + " and " + data.outputs());
        }
    }
}
