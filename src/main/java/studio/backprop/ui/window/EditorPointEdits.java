package studio.backprop.ui.window;

import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.OptionsEdits;
import studio.backprop.ui.edit.TwoInputEdits;
import studio.backprop.ui.map.MapEdits;
import studio.backprop.ui.regression.PointEdits;

/** Edits on the regression plot and the output map go through the editor: undoable, refusals thrown back. */
final class EditorPointEdits implements PointEdits, MapEdits {
    private final ExperimentEditor editor;

    EditorPointEdits(ExperimentEditor editor) {
        this.editor = editor;
    }

    @Override
    public void add(double x, double y) {
        editor.addPoint(x, y);
    }

    @Override
    public void add(double[] x, double y) {
        new TwoInputEdits(editor).addPoint(x, y);
    }

    @Override
    public void move(int k, double x, double y) {
        editor.movePoint(k, x, y);
    }

    @Override
    public void move(int k, double[] x) {
        new TwoInputEdits(editor).movePoint(k, x);
    }

    @Override
    public void delete(int k) {
        editor.deletePoint(k);
    }

    @Override
    public void toggleHeldOut(int k) {
        new OptionsEdits(editor).toggleHeldOut(k);
    }
}
