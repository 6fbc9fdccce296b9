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
        this.dA = new double[dA.length][];
        this.db = new double[db.length][];
        for (int l = 1; l < dA.length; l++) {
            this.dA[l] = dA[l].clone();
            this.db[l] = db[l].clone();
        }
    }

    /** All zeros: the gradient before the first iteration. */
    public static Gradient zero(Architecture architecture) {
        int depth = architecture.depth();
        double[][] a = new double[depth + 1][];
        double[][] b = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            a[l] = new double[architecture.size(l) * architecture.size(l - 1)];
            b[l] = new double[architecture.size(l)];
        }
        return new Gradient(architecture, a, b);
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
