package studio.backprop.teaching;

import java.math.BigDecimal;
import java.util.function.DoubleFunction;
import studio.backprop.io.Decimals;

/**
 * How the worked example writes its numbers. A document writes every number as short as it is exactly
 * ({@link #handout}); the app's panel lines up columns of computed values at a chosen number of decimals
 * ({@link #aligned}).
 */
public interface NumberStyle {
    /** Cells of values computed in this iteration (Sigma, h, the gradients). */
    String[] computed(double[] values);

    /** Cells of values the iteration starts from: the weights, and the input where a layer uses it. */
    String[] given(double[] values);

    /** Cells of data values (x, y) where the data itself is shown. */
    String[] data(double[] values);

    /** The learning rate. */
    String rate(double alpha);

    /** A data point as the chapter writes it, "([0.25], 1)". */
    String point(double[] x, double[] y);

    /** The same style with {@code extra} more decimals, for values far below 1 (Adam's second moments). */
    NumberStyle finer(int extra);

    /** The handouts' numbers: exact when short, else to {@code digits} decimals; data and rate as typed. */
    static NumberStyle handout(int digits) {
        Decimals decimals = new Decimals(digits);
        return new NumberStyle() {
            @Override
            public String[] computed(double[] values) {
                return each(values, decimals::exactOrFixed);
            }

            @Override
            public String[] given(double[] values) {
                return computed(values);
            }

            @Override
            public String[] data(double[] values) {
                return each(values, Decimals::plain);
            }

            @Override
            public String rate(double alpha) {
                return Decimals.plain(alpha);
            }

            @Override
            public String point(double[] x, double[] y) {
                return Decimals.point(x, y);
            }

            @Override
            public NumberStyle finer(int extra) {
                return handout(digits + extra);
            }
        };
    }

    /**
     * The panel's numbers: computed values all with {@code digits} decimals so that a column lines up;
     * a given matrix short only when every entry is exact at these decimals (the chapter's 10, -12.5 at
     * iteration 0), else fixed too.
     */
    static NumberStyle aligned(int digits) {
        return new NumberStyle() {
            @Override
            public String[] computed(double[] values) {
                return each(values, v -> fixed(v, digits));
            }

            @Override
            public String[] given(double[] values) {
                for (double v : values) {
                    if (!isShort(v, digits)) {
                        return computed(values);
                    }
                }
                return each(values, v -> BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
            }

            @Override
            public String[] data(double[] values) {
                return given(values);
            }

            @Override
            public String rate(double alpha) {
                return NumberStyle.given(alpha, Math.max(digits, 10));
            }

            @Override
            public String point(double[] x, double[] y) {
                String ys = y.length == 1 ? NumberStyle.given(y[0], digits) : bracket(y, digits);
                return "(" + bracket(x, digits) + ", " + ys + ")";
            }

            @Override
            public NumberStyle finer(int extra) {
                return aligned(digits + extra);
            }
        };
    }

    /** A computed value in math: fixed decimals, never "-0.000000"; NaN and infinity as symbols. */
    static String fixed(double v, int digits) {
        if (Double.isNaN(v)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        return new Decimals(digits).fixed(v);
    }

    /** A value given rather than computed (data, rate): as short as it is exactly, 0.25 or 5, else fixed. */
    static String given(double v, int digits) {
        return isShort(v, digits) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : fixed(v, digits);
    }

    private static boolean isShort(double v, int digits) {
        return new Decimals(digits).isExact(v);
    }

    private static String bracket(double[] values, int digits) {
        return "[" + String.join(", ", each(values, v -> given(v, digits))) + "]";
    }

    private static String[] each(double[] values, DoubleFunction<String> number) {
        String[] cells = new String[values.length];
        for (int k = 0; k < values.length; k++) {
            cells[k] = number.apply(values[k]);
        }
        return cells;
    }
}
