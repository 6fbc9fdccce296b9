package studio.backprop.ui.model;

import java.util.Optional;
import studio.backprop.engine.Accuracy;
import studio.backprop.engine.DataSet;
import studio.backprop.training.TrainingSnapshot;

/**
 * The accuracy the status bar and the loss hover tell when the targets are classes, read off the
 * snapshot's own predictions: no forward pass on the FX thread, however many the points.
 */
public final class ShownAccuracy {
    private ShownAccuracy() {
    }

    /** "accuracy 95.5%" over the points trained on, or "" when the targets are not classes. */
    public static String training(TrainingSnapshot s) {
        return text(share(s, false));
    }

    /** The same over the points held out; "" when none is, or the targets are not classes. */
    public static String heldOut(TrainingSnapshot s) {
        return text(share(s, true));
    }

    private static String text(double share) {
        if (Double.isNaN(share)) {
            return "";
        }
        return "accuracy " + Accuracy.percent(share);
    }

    /** The share of the points (held out, or trained on) whose every output falls in its target's class; NaN for none. */
    static double share(TrainingSnapshot s, boolean heldOut) {
        Optional<Accuracy.Classes> classes = classes(s.data());
        return classes.isEmpty() ? Double.NaN
                : Accuracy.share(s.data(), classes.get(), s::prediction, p -> s.beyond().heldOut(p) == heldOut);
    }

    /** The data last asked about and their classes: the same data come with every frame (FX thread only). */
    private static DataSet lastData;
    private static Optional<Accuracy.Classes> lastClasses = Optional.empty();

    private static Optional<Accuracy.Classes> classes(DataSet data) {
        if (data != lastData) {
            lastClasses = Accuracy.classes(data);
            lastData = data;
        }
        return lastClasses;
    }
}
