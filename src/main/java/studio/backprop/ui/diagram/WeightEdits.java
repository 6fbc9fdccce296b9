package studio.backprop.ui.diagram;

/**
 * What the diagram asks of the app when a weight or a bias is typed in: the app turns each call into one
 * undoable edit. Layers count as in the chapter (l = 1 is the first hidden layer), neurons from 0, so
 * a_2,1,1 is setWeight(2, 0, 0, v). A refused edit throws {@link IllegalArgumentException} with a
 * message for the class; the field shows it and stays open.
 */
public interface WeightEdits {
    void setWeight(int l, int i, int j, double v);

    void setBias(int l, int i, double v);
}
