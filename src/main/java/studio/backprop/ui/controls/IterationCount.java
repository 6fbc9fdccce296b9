package studio.backprop.ui.controls;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A number of iterations as typed into "Step N" or "Run to": a whole number, 1 or more, with commas or
 * underscores between thousands, or written as 1e6. A refusal says what is wrong in words a class reads.
 */
final class IterationCount {
    /** More than a year of training at full speed: a typo rather than a plan. */
    static final long MAX = 1_000_000_000_000_000L;

    private IterationCount() {
    }

    /** @throws IllegalArgumentException saying why the text is not a count */
    static long read(String text) {
        String t = text.strip().replace(",", "").replace("_", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Type a number of iterations, 1 or more");
        }
        BigDecimal n;
        try {
            n = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a number of iterations");
        }
        if (n.signum() <= 0) {
            throw new IllegalArgumentException(text.strip() + " is too few: 1 iteration or more");
        }
        if (n.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(text.strip() + " is not a whole number of iterations");
        }
        if (n.compareTo(BigDecimal.valueOf(MAX)) > 0) {
            throw new IllegalArgumentException(text.strip() + " is too many: at most " + format(MAX));
        }
        return n.longValueExact();
    }

    /** @throws IllegalArgumentException unless the text is an iteration after {@code now} */
    static long target(String text, long now) {
        long n = read(text);
        if (n <= now) {
            throw new IllegalArgumentException("Already at iteration " + format(now) + ": type a later one");
        }
        return n;
    }

    static String format(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
