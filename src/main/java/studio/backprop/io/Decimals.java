package studio.backprop.io;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers as the chapter prints them, for every text the app writes (the command line's tables, the
 * worked-example handouts): a fixed number of decimals, data values as typed, points as "([0.25], 1)".
 */
public final class Decimals {
    /** Beyond this, fixed decimals would print hundreds of digits (a run that diverged): scientific then. */
    private static final double LARGE = 1e9;
    private final int digits;

    /** @param digits decimals after the point, 0 or more */
    public Decimals(int digits) {
        this.digits = digits;
    }

    /** {@code v} with the fixed number of decimals, "1.234e+12" when huge; never "-0.000". */
    public String fixed(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        String s = String.format(Locale.ROOT, "%." + digits + (Math.abs(v) >= LARGE ? "e" : "f"), v);
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9') ? s.substring(1) : s;
    }

    /**
     * As the worked example writes numbers: a value with no more decimals than fit as it is ("-0.75", "3",
     * "0.5"), any other rounded to the fixed decimals ("0.320821").
     */
    public String exactOrFixed(double v) {
        return isExact(v) ? plain(v) : fixed(v);
    }

    /** Whether {@code v} is exact with at most these decimals, and small enough to write out in full. */
    public boolean isExact(double v) {
        return Double.isFinite(v) && Math.abs(v) < LARGE && BigDecimal.valueOf(v).stripTrailingZeros().scale() <= digits;
    }

    /**
     * A value as the chapter and the handouts print it: a plain decimal that reads back to the same double,
     * never in E notation ("0", "0.25", "-1000000000", "0.000958"); NaN and the infinities as Java names them.
     */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        // Double.toString has enough digits to read back exactly; BigDecimal writes the same digits out plainly.
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A value as files and the data table write it: {@link #plain}, but -0.0 keeps its sign, to read back bit for bit. */
    public static String exact(double v) {
        return v == 0 && 1 / v < 0 ? "-0.0" : plain(v);
    }

    /** "([0.25], 1)": the chapter's way of writing a point, y bare when it is one number. */
    public static String point(double[] x, double[] y) {
        return "(" + bracket(x) + ", " + (y.length == 1 ? plain(y[0]) : bracket(y)) + ")";
    }

    private static String bracket(double[] values) {
        StringBuilder s = new StringBuilder("[");
        for (int k = 0; k < values.length; k++) {
            s.append(k == 0 ? "" : ", ").append(plain(values[k]));
        }
        return s.append(']').toString();
    }
}
