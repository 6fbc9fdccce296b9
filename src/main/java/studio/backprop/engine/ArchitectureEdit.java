package studio.backprop.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Changes to a network's shape that keep what it has learned where they can. Each returns a new
 * {@link Network}: a weight or bias whose neuron and whose connection survive the change keeps its
 * value; every other one (into or out of a new neuron, into a new layer, and into the layer after a new
 * or removed one, whose inputs are no longer the same neurons) is taken from {@code fill.draw} of the
 * new architecture. Random rather than 0, because new neurons with equal weights would stay equal forever.
 *
 * <p>Only hidden layers (1..L) change size or come and go; the input and the output stay.
 */
public final class ArchitectureEdit {
    public static final int MAX_HIDDEN_LAYERS = 8;
    public static final int MAX_NEURONS = 32;

    private ArchitectureEdit() {
    }

    /** A new hidden layer of {@code size} neurons that becomes layer {@code l} (1..L+1); later layers move up one. */
    public static Network insertLayer(Network network, int l, int size, Activation activation, WeightInit fill) {
        Architecture arch = network.architecture();
        if (arch.depth() - 1 >= MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_HIDDEN_LAYERS + " hidden layers");
        }
        checkRange("a new layer's position", l, 1, arch.depth());
        checkRange("a layer's size", size, 1, MAX_NEURONS);
        List<Integer> sizes = sizes(arch);
        List<Activation> activations = new ArrayList<>(arch.activations());
        sizes.add(l, size);
        activations.add(l - 1, activation);
        int[] layerMap = new int[sizes.size()];
        for (int k = 0; k < layerMap.length; k++) {
            layerMap[k] = k < l ? k : k == l ? -1 : k - 1;
        }
        return remap(network, architecture(arch, sizes, activations), layerMap, -1, -1, fill);
    }

    /** Removes hidden layer l (1..L); the layer after it takes its inputs from the layer before. */
    public static Network removeLayer(Network network, int l, WeightInit fill) {
        Architecture arch = network.architecture();
        checkHidden(arch, l);
        List<Integer> sizes = sizes(arch);
        List<Activation> activations = new ArrayList<>(arch.activations());
        sizes.remove(l);
        activations.remove(l - 1);
        int[] layerMap = new int[sizes.size()];
        for (int k = 0; k < layerMap.length; k++) {
            layerMap[k] = k < l ? k : k + 1;
        }
        return remap(network, architecture(arch, sizes, activations), layerMap, -1, -1, fill);
    }

    /** One more neuron at the end of hidden layer l. */
    public static Network addNeuron(Network network, int l, WeightInit fill) {
        Architecture arch = network.architecture();
        checkHidden(arch, l);
        if (arch.size(l) >= MAX_NEURONS) {
            throw new IllegalArgumentException("layer " + l + " already has the most neurons a layer may have, "
                    + MAX_NEURONS);
        }
        int[] sizes = arch.sizes();
        sizes[l]++;
        return remap(network, arch.reshaped(sizes, arch.activations()), identity(sizes.length), l, -1, fill);
    }

    /** Removes neuron i (from 0) of hidden layer l, with its weights in and out. */
    public static Network removeNeuron(Network network, int l, int i) {
        Architecture arch = network.architecture();
        checkHidden(arch, l);
        if (arch.size(l) == 1) {
            throw new IllegalArgumentException("layer " + l + " has only one neuron; remove the layer instead");
        }
        checkRange("neuron", i, 0, arch.size(l) - 1);
        int[] sizes = arch.sizes();
        sizes[l]--;
        // Nothing is new here, so no fill is ever asked for.
        return remap(network, arch.reshaped(sizes, arch.activations()), identity(sizes.length), l, i, null);
    }

    /** Layer l grown or shrunk to {@code count} neurons, adding or removing at the end. */
    public static Network resize(Network network, int l, int count, WeightInit fill) {
        Network resized = network;
        while (resized.architecture().size(l) < count) {
            resized = addNeuron(resized, l, fill);
        }
        while (resized.architecture().size(l) > count) {
            resized = removeNeuron(resized, l, resized.architecture().size(l) - 1);
        }
        return resized;
    }

    /** The same weights with another activation on layer l (1..L+1, the output included). */
    public static Network setActivation(Network network, int l, Activation activation) {
        Architecture arch = network.architecture();
        checkRange("layer", l, 1, arch.depth());
        List<Activation> activations = new ArrayList<>(arch.activations());
        activations.set(l - 1, activation);
        return network.withActivations(activations);
    }

    /** Hidden layers L: one less than the weight layers. */
    public static int hiddenLayers(Architecture architecture) {
        return architecture.depth() - 1;
    }

    /**
     * Builds the new network: layer k of the new one is layer {@code layerMap[k]} of the old (or -1, new);
     * within {@code changed}, neuron {@code removed} is gone (removed >= 0) or a new one is appended (removed < 0).
     */
    private static Network remap(Network old, Architecture arch, int[] layerMap, int changed, int removed,
                                 WeightInit fill) {
        Network fresh = fill == null ? null : fill.draw(arch);
        int depth = arch.depth();
        double[][] a = new double[depth][];
        double[][] b = new double[depth][];
        for (int l = 1; l <= depth; l++) {
            int rows = arch.size(l);
            int cols = arch.size(l - 1);
            int from = layerMap[l];
            boolean connected = from > 0 && layerMap[l - 1] == from - 1;
            a[l - 1] = new double[rows * cols];
            b[l - 1] = new double[rows];
            for (int i = 0; i < rows; i++) {
                int oi = from > 0 ? neuron(l, i, changed, removed, old.architecture().size(from)) : -1;
                b[l - 1][i] = oi >= 0 ? old.bias(from, oi) : fresh.bias(l, i);
                for (int j = 0; j < cols; j++) {
                    int oj = connected ? neuron(l - 1, j, changed, removed, old.architecture().size(from - 1)) : -1;
                    a[l - 1][i * cols + j] = oi >= 0 && oj >= 0 ? old.weight(from, oi, oj) : fresh.weight(l, i, j);
                }
            }
        }
        return new Network(arch, a, b);
    }

    /** The old index of neuron i of layer l, or -1 for a new neuron. */
    private static int neuron(int l, int i, int changed, int removed, int oldSize) {
        if (l != changed) {
            return i;
        }
        if (removed >= 0) {
            return i < removed ? i : i + 1;
        }
        return i < oldSize ? i : -1;
    }

    private static void checkHidden(Architecture arch, int l) {
        if (hiddenLayers(arch) == 0) {
            throw new IllegalArgumentException("the network has no hidden layer");
        }
        checkRange("hidden layer", l, 1, hiddenLayers(arch));
    }

    private static void checkRange(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    private static List<Integer> sizes(Architecture arch) {
        List<Integer> sizes = new ArrayList<>();
        for (int s : arch.sizes()) {
            sizes.add(s);
        }
        return sizes;
    }

    /** Another shape, seeing what {@code like} sees of the inputs. */
    private static Architecture architecture(Architecture like, List<Integer> sizes, List<Activation> activations) {
        return like.reshaped(sizes.stream().mapToInt(Integer::intValue).toArray(), activations);
    }

    private static int[] identity(int n) {
        int[] map = new int[n];
        for (int k = 0; k < n; k++) {
            map[k] = k;
        }
        return map;
    }
}
