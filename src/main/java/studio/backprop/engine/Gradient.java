package studio.backprop.engine;

/**
 * An immutable dRSS/dA_l and dRSS/db_l for every layer, shaped like the {@link Network} it belongs to
 * (layers numbered as in the chapter, A_l flat row-major).
 */
public final class Gradient {
    private final Architecture architecture;
    private final double[][] dA;
    private final double[][] db;

    Gradient(Architecture architecture, double[][] dA, double[][] db) {
        this.architecture = architecture;
        this.dA = WeightArrays.deepCopy(dA);
        this.db = WeightArrays.deepCopy(db);
    }

    /** All zeros: the gradient before the first iteration. */
    public static Gradient zero(Architecture architecture) {
        WeightArrays zero = WeightArrays.zeros(architecture);
        return new Gradient(architecture, zero.a(), zero.b());
    }

    public Architecture architecture() {
        return architecture;
    }

    /** dRSS/da_lij. */
    public double dA(int l, int i, int j) {
        return dA[l][i * architecture.size(l - 1) + j];
    }

    /** dRSS/db_li. */
    public double db(int l, int i) {
        return db[l][i];
    }

    /** A copy of dRSS/dA_l, flat row-major. */
    public double[] dA(int l) {
        return dA[l].clone();
    }

    /** A copy of dRSS/db_l. */
    public double[] db(int l) {
        return db[l].clone();
    }
}
