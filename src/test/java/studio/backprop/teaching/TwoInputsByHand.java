package studio.backprop.teaching;

import java.util.List;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Network;

/**
 * One iteration of a 2-2-1 network at the one point ([0.5, -1], 1), worked out by hand from the chapter's
 * formulas, scalar by scalar: the oracle of the two-input worked example, the handouts and {@code explain}.
 * A_1 = [[0.5, -1], [2, 0.25]], b_1 = [0.1, -0.2] (tanh); A_2 = [[1, -2]], b_2 = [0.05] (sigmoid).
 */
public final class TwoInputsByHand {
    public static final double ALPHA = 0.1;
    public static final double X1 = 0.5;
    public static final double X2 = -1;
    public static final double Y = 1;
    public static final Network NET = new Network(
            new Architecture(new int[] {2, 2, 1}, List.of(Activation.TANH, Activation.SIGMOID)),
            new double[][] {{0.5, -1, 2, 0.25}, {1, -2}}, new double[][] {{0.1, -0.2}, {0.05}});
    public static final DataSet DATA = new DataSet(2, 1, new double[] {X1, X2}, new double[] {Y});

    public static final double S11 = 0.5 * X1 - 1 * X2 + 0.1;
    public static final double S12 = 2 * X1 + 0.25 * X2 - 0.2;
    public static final double H11 = Math.tanh(S11);
    public static final double H12 = Math.tanh(S12);
    public static final double S2 = 1 * H11 - 2 * H12 + 0.05;
    public static final double H2 = 1 / (1 + Math.exp(-S2));
    public static final double DH2 = 2 * (H2 - Y);
    public static final double DB2 = DH2 * H2 * (1 - H2);
    public static final double DH11 = 1 * DB2;
    public static final double DH12 = -2 * DB2;
    public static final double DB11 = DH11 * (1 - H11 * H11);
    public static final double DB12 = DH12 * (1 - H12 * H12);
    /** dRSS/dA_1 = dRSS/db_1 (outer) x, row by row: two rows, two columns. */
    public static final double[] DA1 = {DB11 * X1, DB11 * X2, DB12 * X1, DB12 * X2};

    private TwoInputsByHand() {
    }
}
