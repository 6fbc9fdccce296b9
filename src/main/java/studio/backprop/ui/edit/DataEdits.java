package studio.backprop.ui.edit;

import java.util.Arrays;
import studio.backprop.engine.DataSet;

/** Point edits on an immutable 1-D {@link DataSet}, each giving a new one. */
final class DataEdits {
    private DataEdits() {
    }

    static DataSet add(DataSet data, double x, double y) {
        double[] xs = Arrays.copyOf(data.xs(), data.size() + 1);
        double[] ys = Arrays.copyOf(data.ys(), data.size() + 1);
        xs[data.size()] = x;
        ys[data.size()] = y;
        return DataSet.of1D(xs, ys);
    }

    static DataSet move(DataSet data, int k, double x, double y) {
        checkIndex(data, k);
        double[] xs = data.xs();
        double[] ys = data.ys();
        xs[k] = x;
        ys[k] = y;
        return DataSet.of1D(xs, ys);
    }

    static DataSet delete(DataSet data, int k) {
        checkIndex(data, k);
        if (data.size() == 1) {
            throw new IllegalArgumentException("the last point cannot be deleted: training needs at least one");
        }
        return DataSet.of1D(without(data.xs(), k), without(data.ys(), k));
    }

    private static double[] without(double[] values, int k) {
        double[] out = new double[values.length - 1];
        System.arraycopy(values, 0, out, 0, k);
        System.arraycopy(values, k + 1, out, k, values.length - k - 1);
        return out;
    }

    private static void checkIndex(DataSet data, int k) {
        if (k < 0 || k >= data.size()) {
            throw new IllegalArgumentException("no point " + (k + 1) + ": the data has points 1 to " + data.size());
        }
    }
}
