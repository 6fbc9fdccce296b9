package studio.backprop.ui.edit;

import java.util.Arrays;
import studio.backprop.engine.DataSet;

/**
 * Point edits on an immutable {@link DataSet} of any shape, each giving a new one: a point is its inputs
 * x and its targets y, as many of each as the data has.
 */
final class DataEdits {
    private DataEdits() {
    }

    static DataSet add(DataSet data, double[] x, double[] y) {
        checkShape(data, x, y);
        double[] xs = Arrays.copyOf(data.xs(), data.xs().length + x.length);
        double[] ys = Arrays.copyOf(data.ys(), data.ys().length + y.length);
        System.arraycopy(x, 0, xs, data.size() * x.length, x.length);
        System.arraycopy(y, 0, ys, data.size() * y.length, y.length);
        return new DataSet(data.inputs(), data.outputs(), xs, ys);
    }

    static DataSet move(DataSet data, int k, double[] x, double[] y) {
        return data.withPoint(k, x, y);
    }

    static DataSet delete(DataSet data, int k) {
        checkIndex(data, k);
        if (data.size() == 1) {
            throw new IllegalArgumentException("the last point cannot be deleted: training needs at least one");
        }
        return new DataSet(data.inputs(), data.outputs(), without(data.xs(), k, data.inputs()),
                without(data.ys(), k, data.outputs()));
    }

    /** The values without point k's {@code width} of them. */
    private static double[] without(double[] values, int k, int width) {
        double[] out = new double[values.length - width];
        System.arraycopy(values, 0, out, 0, k * width);
        System.arraycopy(values, (k + 1) * width, out, k * width, values.length - (k + 1) * width);
        return out;
    }

    private static void checkIndex(DataSet data, int k) {
        if (k < 0 || k >= data.size()) {
            throw new IllegalArgumentException("no point " + (k + 1) + ": the data has points 1 to " + data.size());
        }
    }

    private static void checkShape(DataSet data, double[] x, double[] y) {
        if (x.length != data.inputs() || y.length != data.outputs()) {
            throw new IllegalArgumentException("a point of this data has " + data.inputs() + " input(s) and "
                    + data.outputs() + " output(s), got " + x.length + " and " + y.length);
        }
    }
}
