package studio.backprop.ui.regression;

/**
 * What the regression plot asks of the app when the class edits the data on it: the app turns each call
 * into one undoable edit. Points count from 0. A refused edit throws {@link IllegalArgumentException}
 * with a message for the class (the view shows it and changes nothing).
 */
public interface PointEdits {
    void add(double x, double y);

    void move(int k, double x, double y);

    void delete(int k);

    /** Holds point k out of training, or takes it back in (a Shift+click on it). */
    default void toggleHeldOut(int k) {
        throw new IllegalArgumentException("points cannot be held out here");
    }
}
