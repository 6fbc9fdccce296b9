package studio.backprop.engine;

/**
 * An immutable change of every weight and bias made by one update, as applied (new = old + change),
 * shaped like the {@link Network} it belongs to. For the chapter's gradient descent it is
 * -alpha dRSS/dA_l and -alpha dRSS/db_l; for an optimiser with a memory it is whatever that made of them.
 */
public final class WeightChange {
    private final Architecture architecture;
    private final double[][] a;
    private final double[][] b;

    WeightChange(Architecture architecture, double[][] a, double[][] b) {
        this.architecture = architecture;
        this.a = WeightArrays.deepCopy(a);
        this.b = WeightArrays.deepCopy(b);
    }

    /** No change: before the first update, or when the last one is not known. */
    public static WeightChange none(Architecture architecture) {
        WeightArrays zero = WeightArrays.zeros(architecture);
        return new WeightChange(architecture, zero.a(), zero.b());
    }

    /** The change -alpha g of plain gradient descent (for tools and tests that build snapshots by hand). */
    public static WeightChange descent(Gradient gradient, double learningRate) {
        Architecture arch = gradient.architecture();
        WeightArrays change = WeightArrays.zeros(arch);
        for (int l = 1; l <= arch.depth(); l++) {
            double[] dA = gradient.dA(l);
            double[] db = gradient.db(l);
            for (int k = 0; k < dA.length; k++) {
                change.a()[l][k] = -(learningRate * dA[k]);
            }
            for (int k = 0; k < db.length; k++) {
                change.b()[l][k] = -(learningRate * db[k]);
            }
        }
        return new WeightChange(arch, change.a(), change.b());
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The change of weight a_lij. */
    public double weight(int l, int i, int j) {
        return a[l][i * architecture.size(l - 1) + j];
    }

    /** The change of bias b_li. */
    public double bias(int l, int i) {
        return b[l][i];
    }
}
