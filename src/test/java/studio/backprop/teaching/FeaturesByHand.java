package studio.backprop.teaching;

import java.util.List;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Features;
import studio.backprop.engine.Network;

/**
 * One iteration of a 3-2-1 network that sees the features x1, x2, x1*x2 of the one point ([0.5, -1], 1),
 * worked out by hand: h_0 = [0.5, -1, -0.5]. A_1 = [[0.5, -1, 0.3], [2, 0.25, -0.4]], b_1 = [0.1, -0.2] (tanh);
 * A_2 = [[1, -2]], b_2 = [0.05] (sigmoid). The oracle of the worked example, the handouts and {@code explain}
 * on features.
 */
public final class FeaturesByHand {
    public static final double ALPHA = 0.1;
    public static final double X1 = 0.5;
    public static final double X2 = -1;
    public static final double Y = 1;
    /** h_0: x1, x2 and their product. */
    public static final double[] H0 = {X1, X2, X1 * X2};
    public static final Network NET = new Network(
            new Architecture(new int[] {3, 2, 1}, List.of(Activation.TANH, Activation.SIGMOID),
                    Features.parse("x1,x2,x1*x2")),
            new double[][] {{0.5, -1, 0.3, 2, 0.25, -0.4}, {1, -2}}, new double[][] {{0.1, -0.2}, {0.05}});
    /** The data as given: the two inputs, not the features. */
    public static final DataSet DATA = new DataSet(2, 1, new double[] {X1, X2}, new double[] {Y});

    public static final double S11 = 0.5 * 0.5 + -1 * -1 + 0.3 * -0.5 + 0.1;
    public static final double S12 = 2 * 0.5 + 0.25 * -1 + -0.4 * -0.5 - 0.2;
    public static final double H11 = Math.tanh(S11);
    public static final double H12 = Math.tanh(S12);
    public static final double S2 = 1 * H11 - 2 * H12 + 0.05;
    public static final double H2 = 1 / (1 + Math.exp(-S2));
    public static final double DB2 = 2 * (H2 - Y) * H2 * (1 - H2);
    public static final double DB11 = 1 * DB2 * (1 - H11 * H11);
    public static final double DB12 = -2 * DB2 * (1 - H12 * H12);
    /** dRSS/dA_1 = dRSS/db_1 (outer) h_0: two rows, a column per feature. */
    public static final double[] DA1 = {DB11 * X1, DB11 * X2, DB11 * X1 * X2, DB12 * X1, DB12 * X2, DB12 * X1 * X2};

    private FeaturesByHand() {
    }
}
