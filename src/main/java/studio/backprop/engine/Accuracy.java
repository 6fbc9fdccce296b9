package studio.backprop.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntPredicate;

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

    /** Output k of f at point p, however it was computed (a forward pass, a trainer's, a snapshot's). */
    @FunctionalInterface
    public interface Outputs {
        double at(int p, int k);
    }

    /** The share (0 to 1) of the points classified rightly, or empty when the targets are not classes. */
    public static OptionalDouble of(Network network, DataSet data) {
        Optional<Classes> classes = classes(data);
        if (classes.isEmpty()) {
            return OptionalDouble.empty();
        }
        Predictor predictor = new Predictor(network);
        double[] x = new double[data.inputs()];
        double[] f = new double[data.size() * data.outputs()];
        for (int p = 0; p < data.size(); p++) {
            for (int k = 0; k < x.length; k++) {
                x[k] = data.x(p, k);
            }
            predictor.at(x);
            for (int k = 0; k < data.outputs(); k++) {
                f[p * data.outputs() + k] = predictor.output(k);
            }
        }
        return OptionalDouble.of(share(data, classes.get(), (p, k) -> f[p * data.outputs() + k], p -> true));
    }

    /**
     * The share of the points {@code counted} takes whose every output falls in its target's class, the
     * classes told by {@code classes} (of all the data); NaN when it takes none.
     */
    public static double share(DataSet data, Classes classes, Outputs f, IntPredicate counted) {
        int seen = 0;
        int right = 0;
        for (int p = 0; p < data.size(); p++) {
            if (!counted.test(p)) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < data.outputs(); k++) {
                all &= classes.classOf(f.at(p, k)) == data.y(p, k);
            }
            seen++;
            right += all ? 1 : 0;
        }
        return seen == 0 ? Double.NaN : (double) right / seen;
    }

    /**
     * A share as the app writes it everywhere, window and command line alike: "95%" when it is a whole
     * percentage, else to one decimal, "97.5%".
     */
    public static String percent(double share) {
        double percent = 100 * share;
        return percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f%%", percent)
                : String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
