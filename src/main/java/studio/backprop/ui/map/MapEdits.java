package studio.backprop.ui.map;

/**
 * What the output map asks of the app when the class edits the data on it: each call one undoable
 * edit. Points count from 0; x holds the two inputs. A refused edit throws
 * {@link IllegalArgumentException} with a message for the class.
 */
public interface MapEdits {
    void add(double[] x, double y);

    /** Moves point k to x, keeping its target. */
    void move(int k, double[] x);

    void delete(int k);

    /** Holds point k out of training, or takes it back in (a Shift+click on it). */
    void toggleHeldOut(int k);
}
