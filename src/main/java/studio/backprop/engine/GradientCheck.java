package studio.backprop.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.DoubleUnaryOperator;

/**
 * Backpropagation checked against calculus done the slow way: every weight's and bias's dRSS/dw from
 * one iteration of a fresh {@link Trainer}, beside a centred finite difference of RSS.
 *
 * @param entries one per weight and bias, the worst relative error first
 */
public record GradientCheck(List<Entry> entries) {
    /** The difference step: large enough that rounding of RSS stays far below the O(e^4) truncation. */
    public static final double STEP = 1e-4;
    /** The floor of the relative error's denominator, so that two tiny gradients do not look far apart. */
    public static final double FLOOR = 1e-8;
    /** The relative error a correct double-precision backpropagation stays below. */
    public static final double AGREEMENT = 1e-6;
    /**
     * Two derivatives this close agree whatever their relative error: at a perfect fit backpropagation
     * gives exactly 0 while the difference of RSS values near 0 leaves rounding of about 1e-14.
     */
    public static final double ABSOLUTE_AGREEMENT = 1e-10;

    /**
     * One weight or bias.
     *
     * @param layer         l, from 1 (A_1 connects the input to the first hidden layer)
     * @param name          in the chapter's 1-based notation: "a_213" (layer 2, row 1, column 3), "b_31";
     *                      with commas when an index has several digits: "a_2,10,3"
     * @param backprop      dRSS/dw from backpropagation
     * @param numeric       dRSS/dw from the finite difference
     * @param relativeError |backprop - numeric| / max(|backprop|, |numeric|, 1e-8); NaN when either is
     */
    public record Entry(int layer, String name, double backprop, double numeric, double relativeError) {
        /** Below {@link #AGREEMENT} relatively, or within {@link #ABSOLUTE_AGREEMENT} of each other. */
        public boolean agrees() {
            return relativeError < AGREEMENT || Math.abs(backprop - numeric) < ABSOLUTE_AGREEMENT;
        }
    }

    public GradientCheck {
        entries = List.copyOf(entries);
    }

    /** Checks every weight and bias of {@code network} on {@code data}. */
    public static GradientCheck of(Network network, DataSet data) {
        return of(network, data, TrainingOptions.CHAPTER);
    }

    /**
     * Checks the gradient of the loss {@code options} train on: RSS over the points not held out, plus the
     * penalty. The whole batch: the check is of the derivative, whatever the batches.
     */
    public static GradientCheck of(Network network, DataSet data, TrainingOptions options) {
        TrainingOptions whole = options.withBatchSize(0).withShuffle(OptionalLong.empty());
        Trainer trainer = new Trainer(network, data, ChapterExample.LEARNING_RATE, 0,
                new GradientDescent(network.architecture()), whole, BatchPosition.START);
        trainer.iterate();
        Gradient gradient = trainer.gradient();
        Architecture arch = network.architecture();
        List<Entry> entries = new ArrayList<>(arch.parameterCount());
        for (int l = 1; l <= arch.depth(); l++) {
            int layer = l;
            for (int i = 0; i < arch.size(l); i++) {
                for (int j = 0; j < arch.size(l - 1); j++) {
                    int row = i;
                    int col = j;
                    double w = network.weight(l, i, j);
                    double numeric = centredDifference(e -> loss(network.withWeight(layer, row, col, w + e), trainer));
                    entries.add(entry(l, weightName(l, i, j), gradient.dA(l, i, j), numeric));
                }
            }
            for (int i = 0; i < arch.size(l); i++) {
                int row = i;
                double bias = network.bias(l, i);
                double numeric = centredDifference(e -> loss(network.withBias(layer, row, bias + e), trainer));
                entries.add(entry(l, biasName(l, i), gradient.db(l, i), numeric));
            }
        }
        // Stable, so equal errors keep the network's order; NaN (a weight where RSS overflows) sorts first.
        entries.sort(Comparator.comparingDouble(Entry::relativeError).reversed());
        return new GradientCheck(entries);
    }

    /** True when every weight's two derivatives agree. */
    public boolean agrees() {
        return entries.stream().allMatch(Entry::agrees);
    }

    /** The largest relative error (NaN if any is). */
    public double maxRelativeError() {
        return entries.isEmpty() ? 0.0 : entries.get(0).relativeError();
    }

    /** The entry with the largest relative error. */
    public Entry worst() {
        return entries.get(0);
    }

    /**
     * The five-point centred difference (f(-2e) - 8 f(-e) + 8 f(e) - f(2e)) / 12e with e = {@link #STEP},
     * where f(d) is RSS with one weight moved by d. Its error is O(e^4), so a step large enough to keep
     * rounding small still gives about 1e-6 relative accuracy on gradients as small as 1e-4.
     */
    public static double centredDifference(DoubleUnaryOperator rssAtOffset) {
        return (rssAtOffset.applyAsDouble(-2 * STEP) - 8 * rssAtOffset.applyAsDouble(-STEP)
                + 8 * rssAtOffset.applyAsDouble(STEP) - rssAtOffset.applyAsDouble(2 * STEP)) / (12 * STEP);
    }

    /** |backprop - numeric| / max(|backprop|, |numeric|, 1e-8). */
    public static double relativeError(double backprop, double numeric) {
        double scale = Math.max(Math.max(Math.abs(backprop), Math.abs(numeric)), FLOOR);
        return Math.abs(backprop - numeric) / scale;
    }

    /** "a_213" for a_lij, with i and j from 0 as {@link Network#weight} takes them. */
    public static String weightName(int l, int i, int j) {
        return name("a_", l, i + 1, j + 1);
    }

    /** "b_31" for b_li, with i from 0 as {@link Network#bias} takes it. */
    public static String biasName(int l, int i) {
        return name("b_", l, i + 1);
    }

    /** Indices run together while each is one digit, as the chapter writes them; commas keep a_2,10,3 readable. */
    private static String name(String prefix, int... indices) {
        boolean compact = Arrays.stream(indices).allMatch(k -> k < 10);
        StringBuilder s = new StringBuilder(prefix);
        for (int k = 0; k < indices.length; k++) {
            s.append(k == 0 || compact ? "" : ",").append(indices[k]);
        }
        return s.toString();
    }

    private static Entry entry(int layer, String name, double backprop, double numeric) {
        return new Entry(layer, name, backprop, numeric, relativeError(backprop, numeric));
    }

    /** The loss the trainer trains on, at another network's weights: training RSS plus penalty. */
    private static double loss(Network network, Trainer like) {
        Trainer at = new Trainer(network, like.data(), ChapterExample.LEARNING_RATE, 0,
                new GradientDescent(network.architecture()), like.options(), BatchPosition.START);
        return at.rss() + at.penalty();
    }
}
