package studio.backprop.ui.edit;

import studio.backprop.engine.DataSet;

/**
 * Point edits of data with several inputs and one target, each one undoable step of the
 * {@link ExperimentEditor} as its one-input {@code addPoint} and {@code movePoint} are. A refused edit
 * throws and changes nothing.
 */
public final class TwoInputEdits {
    private final ExperimentEditor editor;

    public TwoInputEdits(ExperimentEditor editor) {
        this.editor = editor;
    }

    /** A new point at inputs x with target y. */
    public void addPoint(double[] x, double y) {
        editor.edit(s -> s.withData(DataEdits.add(s.data(), x.clone(), new double[] {y})), "add point");
    }

    /** Point k (from 0) moved to inputs x, its target kept. */
    public void movePoint(int k, double[] x) {
        editor.edit(s -> s.withData(DataEdits.move(s.data(), k, x.clone(), targets(s.data(), k))), "move point");
    }

    private static double[] targets(DataSet data, int k) {
        if (k < 0 || k >= data.size()) {
            throw new IllegalArgumentException("no point " + (k + 1) + ": the data has points 1 to " + data.size());
        }
        double[] y = new double[data.outputs()];
        for (int o = 0; o < y.length; o++) {
            y[o] = data.y(k, o);
        }
        return y;
    }
}
