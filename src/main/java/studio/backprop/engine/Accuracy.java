package studio.backprop.engine;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The share of points a network classifies rightly, when the targets are classes: every target 0 or 1
 * (an output counts as 1 from 0.5 up), or every one -1 or 1 (as 1 from 0 up). A point is right when
 * every one of its outputs is. The loss stays RSS, as in the chapter; this is only read beside it.
 */
public final class Accuracy {
    /** How targets name classes, and where an output is cut to tell them. */
    public enum Classes {
        ZERO_ONE(0, 0.5),
        MINUS_ONE_ONE(-1, 0);

        private final double low;
        private final double boundary;

        Classes(double low, double boundary) {
            this.low = low;
            this.boundary = boundary;
        }

        /** The output where one class turns into the other: the decision boundary. */
        public double boundary() {
            return boundary;
        }

        /** The target of the class an output falls in. */
        public double classOf(double output) {
            return output >= boundary ? 1 : low;
        }

        boolean names(double target) {
            return target == 1 || target == low;
        }
    }

    private Accuracy() {
    }

    /** The classes the data's targets name, or empty when some target is neither (regression). */
    public static Optional<Classes> classes(DataSet data) {
        for (Classes c : Classes.values()) {
            if (allNamedBy(c, data)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean allNamedBy(Classes c, DataSet data) {
        for (int p = 0; p < data.size(); p++) {
            for (int k = 0; k < data.outputs(); k++) {
                if (!c.names(data.y(p, k))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The share (0 to 1) of the points classified rightly, or empty when the targets are not classes. */
    public static OptionalDouble of(Network network, DataSet data) {
        Optional<Classes> classes = classes(data);
        return classes.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(of(network, data, classes.get()));
    }

    /** The share of these points classified rightly, their classes told by {@code classes} (of all the data). */
    public static double of(Network network, DataSet data, Classes classes) {
        Predictor predictor = new Predictor(network);
        double[] x = new double[data.inputs()];
        int right = 0;
        for (int p = 0; p < data.size(); p++) {
            for (int k = 0; k < x.length; k++) {
                x[k] = data.x(p, k);
            }
            predictor.at(x);
            boolean all = true;
            for (int k = 0; k < data.outputs(); k++) {
                all &= classes.classOf(predictor.output(k)) == data.y(p, k);
            }
            right += all ? 1 : 0;
        }
        return (double) right / data.size();
    }
}
