package studio.backprop.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Independent arithmetic for the optimiser tests: gradients from a plain full-batch trainer on the
 * points given, and updates written out weight by weight, not through any optimiser class.
 */
final class Updates {
    private Updates() {
    }

    /** The summed RSS gradient at {@code network} over {@code data}, flat: every A_l then every b_l, by layer. */
    static double[] gradient(Network network, DataSet data) {
        Trainer plain = new Trainer(network, data, 1e-3);
        plain.iterate();
        Gradient g = plain.gradient();
        Architecture arch = network.architecture();
        double[][] dA = new double[arch.depth()][];
        double[][] db = new double[arch.depth()][];
        for (int l = 1; l <= arch.depth(); l++) {
            dA[l - 1] = g.dA(l);
            db[l - 1] = g.db(l);
        }
        return flat(new Network(arch, dA, db));
    }

    /** The weights flat, in the order of {@link #gradient}. */
    static double[] flat(Network network) {
        double[] flat = new double[network.architecture().parameterCount()];
        int k = 0;
        for (int l = 1; l <= network.depth(); l++) {
            for (double v : network.weights(l)) {
                flat[k++] = v;
            }
            for (double v : network.biases(l)) {
                flat[k++] = v;
            }
        }
        return flat;
    }

    /** True at the positions of {@link #flat} that hold weights a_lij (false for biases). */
    static boolean[] weightMask(Architecture arch) {
        boolean[] mask = new boolean[arch.parameterCount()];
        int k = 0;
        for (int l = 1; l <= arch.depth(); l++) {
            for (int w = 0; w < arch.size(l) * arch.size(l - 1); w++) {
                mask[k++] = true;
            }
            k += arch.size(l);
        }
        return mask;
    }

    /** The network with these flat weights. */
    static Network network(Architecture arch, double[] flat) {
        double[][] a = new double[arch.depth()][];
        double[][] b = new double[arch.depth()][];
        int k = 0;
        for (int l = 1; l <= arch.depth(); l++) {
            a[l - 1] = Arrays.copyOfRange(flat, k, k += arch.size(l) * arch.size(l - 1));
            b[l - 1] = Arrays.copyOfRange(flat, k, k += arch.size(l));
        }
        return new Network(arch, a, b);
    }

    /** One point of the data as a data set of its own. */
    static DataSet point(DataSet data, int p) {
        return data.subset(new int[] {p});
    }

    static List<Integer> none() {
        return List.of();
    }
}
