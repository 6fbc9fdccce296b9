package studio.backprop.engine;

import java.util.List;

/**
 * Changes what a network's input layer sees. A feature it saw before keeps its column of A_1, so
 * ticking x1*x2 beside x1 and x2 leaves the weights from x1 and x2 as they were; a new feature's column
 * is drawn as the experiment draws its weights. Every other layer stays.
 */
public final class FeatureEdit {
    private FeatureEdit() {
    }

    /** The inputs themselves, as the features that stand for them: x, or x1 and x2. */
    public static List<Feature> plain(int inputs) {
        return switch (inputs) {
            case 1 -> List.of(Feature.X);
            case 2 -> List.of(Feature.X1, Feature.X2);
            default -> throw new IllegalArgumentException("features are for data of 1 or 2 inputs, not " + inputs);
        };
    }

    /** What the input layer sees, as a list: the plain inputs when it sees no features. */
    public static List<Feature> seen(Architecture arch) {
        return arch.features() == null ? plain(arch.inputs()) : arch.features().list();
    }

    /**
     * The network seeing {@code chosen} (the plain inputs mean no features), new columns of A_1 drawn by
     * {@code fill}.
     */
    public static Network seeing(Network network, List<Feature> chosen, WeightInit fill) {
        Architecture arch = network.architecture();
        Features features = new Features(chosen);
        if (features.inputs() != arch.inputs()) {
            throw new IllegalArgumentException("the features " + features.describe() + " read " + features.inputs()
                    + (features.inputs() == 1 ? " input" : " inputs") + ", the network takes " + arch.inputs());
        }
        List<Feature> before = seen(arch);
        int[] sizes = arch.sizes();
        sizes[0] = chosen.size();
        Architecture shape = new Architecture(sizes, arch.activations(),
                chosen.equals(plain(arch.inputs())) ? null : features);
        Network fresh = fill.draw(shape);
        int depth = arch.depth();
        double[][] a = new double[depth][];
        double[][] b = new double[depth][];
        for (int l = 1; l <= depth; l++) {
            a[l - 1] = network.weights(l);
            b[l - 1] = network.biases(l);
        }
        a[0] = new double[arch.size(1) * chosen.size()];
        for (int i = 0; i < arch.size(1); i++) {
            for (int k = 0; k < chosen.size(); k++) {
                int old = before.indexOf(chosen.get(k));
                a[0][i * chosen.size() + k] = old >= 0 ? network.weight(1, i, old) : fresh.weight(1, i, k);
            }
        }
        return new Network(shape, a, b);
    }
}
