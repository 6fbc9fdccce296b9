package studio.backprop.ui.experiment;

import java.util.Arrays;
import java.util.Comparator;
import studio.backprop.engine.DataSet;

/** Where "Add point" puts a point: where it is most likely wanted and least likely to sit on another. */
final class NewPoint {
    private NewPoint() {
    }

    /** The middle of the widest gap in x, halfway between its neighbours' y; beside a single point, 0.1 to its right. */
    static double[] inWidestGap(DataSet data) {
        Integer[] order = new Integer[data.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparingDouble(data::x));
        if (order.length == 1) {
            return new double[] {data.x(0) + 0.1, data.y(0)};
        }
        int widest = 0;
        for (int k = 1; k < order.length - 1; k++) {
            if (gap(data, order, k) > gap(data, order, widest)) {
                widest = k;
            }
        }
        int a = order[widest];
        int b = order[widest + 1];
        return new double[] {(data.x(a) + data.x(b)) / 2, (data.y(a) + data.y(b)) / 2};
    }

    private static double gap(DataSet data, Integer[] order, int k) {
        return data.x(order[k + 1]) - data.x(order[k]);
    }
}
