package studio.backprop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.backprop.engine.Network;
import studio.backprop.io.Decimals;

/**
 * Every number and matrix the text output shows, in one place: fixed decimals, matrices with one row a
 * line and right-aligned columns, and blocks set beside each other as the chapter sets A_l beside b_l.
 */
final class TextFormat {
    private static final String GAP = "   ";
    private final Decimals decimals;

    TextFormat(int digits) {
        this.decimals = new Decimals(digits);
    }

    /** {@code v} with the fixed number of decimals, "1.234e+12" when huge; never "-0.000". */
    String number(double v) {
        return decimals.fixed(v);
    }

    /** A list longer than this is cut: a million numbers on one line help no reader, and take seconds to write. */
    static final int LIST_MAX = 20;

    /** "0.571, 0.844, 0.816"; past {@value #LIST_MAX} values, "..., 0.5, ... (1,000,000 in all; --json lists every one)". */
    String list(double[] values) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < values.length && k < LIST_MAX; k++) {
            s.append(k == 0 ? "" : ", ").append(number(values[k]));
        }
        if (values.length > LIST_MAX) {
            s.append(", ... (").append(count(values.length)).append(" in all; --json lists every one)");
        }
        return s.toString();
    }

    /** "(0.1, 0.9), (0.5, 0.5)": values given flat, {@code width} a point, cut as {@link #list} is. */
    String vectors(double[] values, int width) {
        StringBuilder s = new StringBuilder();
        int points = values.length / width;
        for (int p = 0; p < points && p < LIST_MAX; p++) {
            s.append(p == 0 ? "(" : ", (");
            for (int k = 0; k < width; k++) {
                s.append(k == 0 ? "" : ", ").append(number(values[p * width + k]));
            }
            s.append(')');
        }
        if (points > LIST_MAX) {
            s.append(", ... (").append(count(points)).append(" points in all; --json lists every one)");
        }
        return s.toString();
    }

    /**
     * A matrix given flat and row-major, one row a line, labelled on its first line:
     * <pre>
     * A_2 = [  9.957   9.953 ]
     *       [ -0.058  -0.022 ]
     * </pre>
     */
    List<String> matrix(String label, double[] flat, int rows) {
        int cols = flat.length / rows;
        String[] cells = new String[flat.length];
        int width = 1;
        for (int k = 0; k < flat.length; k++) {
            cells[k] = number(flat[k]);
            width = Math.max(width, cells[k].length());
        }
        String first = label + " = ";
        String indent = " ".repeat(first.length());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            StringBuilder line = new StringBuilder(i == 0 ? first : indent).append("[ ");
            for (int j = 0; j < cols; j++) {
                String cell = cells[i * cols + j];
                line.append(j == 0 ? "" : "  ").append(" ".repeat(width - cell.length())).append(cell);
            }
            lines.add(line.append(" ]").toString());
        }
        return lines;
    }

    /** A column vector such as b_l or h_l. */
    List<String> column(String label, double[] values) {
        return matrix(label, values, values.length);
    }

    /**
     * A column of values, each named on its row, labelled on its first line:
     * <pre>
     * h_0 = [ x1    ] = [ 0.500000 ]
     *       [ x1*x2 ]   [ 0.250000 ]
     * </pre>
     */
    List<String> named(String label, List<String> names, double[] values) {
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        List<String> numbers = column("", values);
        String first = label + " = ";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            lines.add((i == 0 ? first : " ".repeat(first.length())) + "[ " + name + " ".repeat(width - name.length())
                    + " ]" + numbers.get(i));
        }
        return lines;
    }

    /** A_l beside b_l, for l = 1..L+1. */
    List<String> weights(Network network) {
        List<String> lines = new ArrayList<>();
        for (int l = 1; l <= network.depth(); l++) {
            lines.addAll(beside(matrix("A_" + l, network.weights(l), network.architecture().size(l)),
                    column("b_" + l, network.biases(l))));
        }
        return lines;
    }

    /** Sets blocks of lines side by side, each padded to its widest line, tops aligned. */
    @SafeVarargs
    static List<String> beside(List<String>... blocks) {
        int height = 0;
        for (List<String> block : blocks) {
            height = Math.max(height, block.size());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < blocks.length; k++) {
                List<String> block = blocks[k];
                String part = i < block.size() ? block.get(i) : "";
                line.append(part);
                if (k < blocks.length - 1) {
                    line.append(" ".repeat(width(block) - part.length())).append(GAP);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static int width(List<String> block) {
        return block.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Prefixes every line with {@code indent}. */
    static List<String> indent(String indent, List<String> lines) {
        return lines.stream().map(line -> indent + line).toList();
    }

    /** A data value as written in a file: "0", "0.25", "1.0E-20". */
    static String plain(double v) {
        return Decimals.plain(v);
    }

    /** "1,000,000". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
