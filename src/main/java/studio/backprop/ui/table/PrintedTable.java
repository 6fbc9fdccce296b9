package studio.backprop.ui.table;

import java.math.BigDecimal;
import java.util.List;

/**
 * The chapter's "Demonstration of Many Iterations" as printed: RSS and the five predictions after 0, 1, 2,
 * 3, 10, 100, 1,000, 10,000, 100,000 and 1,000,000 iterations, each with the decimals the page gives it.
 */
final class PrintedTable {
    /** One row of the page: the iteration, then RSS and the predictions as printed. */
    record Row(long iteration, String rss, List<String> predictions) {
    }

    static final List<Row> ROWS = List.of(
            row(0, "1.614", "0.832", "0.978", "0.979", "0.978", "0.832"),
            row(1, "1.525", "0.812", "0.973", "0.973", "0.972", "0.801"),
            row(2, "1.426", "0.789", "0.967", "0.965", "0.962", "0.765"),
            row(3, "1.320", "0.764", "0.959", "0.954", "0.949", "0.725"),
            row(10, "0.730", "0.571", "0.844", "0.816", "0.774", "0.478"),
            row(100, "0.496", "0.362", "0.694", "0.730", "0.698", "0.356"),
            row(1_000, "0.198", "0.199", "0.788", "0.668", "0.788", "0.202"),
            row(10_000, "0.0239", "0.068", "0.922", "0.517", "0.915", "0.075"),
            row(100_000, "0.0020", "0.020", "0.979", "0.501", "0.976", "0.023"),
            row(1_000_000, "0.0002", "0.006", "0.993", "0.500", "0.993", "0.007"));

    /** The checkpoints, in order. */
    static final long[] CHECKPOINTS = ROWS.stream().mapToLong(Row::iteration).toArray();

    private PrintedTable() {
    }

    private static Row row(long iteration, String rss, String... predictions) {
        return new Row(iteration, rss, List.of(predictions));
    }

    /** True when {@code value} rounds to {@code printed} at its decimals: within half a unit of its last digit. */
    static boolean agrees(String printed, double value) {
        BigDecimal page = new BigDecimal(printed);
        double half = 0.5 * Math.pow(10, -page.scale());
        return Math.abs(value - page.doubleValue()) <= half + 1e-12;
    }

    /** A value with as many decimals as the page prints {@code printed}. */
    static String likePrinted(String printed, double value) {
        return String.format(java.util.Locale.ROOT, "%." + new BigDecimal(printed).scale() + "f", value);
    }
}
