package studio.backprop.ui.worked;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.backprop.engine.Activation;

/**
 * Numbers, matrices and equations as LaTeX that JLaTeXMath typesets, each with a rough width in ems
 * so that long equations can be broken over lines before they are rendered: an image cannot wrap.
 */
final class Tex {
    /** Larger matrices show their first and last rows or columns around dots: 8x8 still shows whole. */
    static final int MAX_SHOWN = 12;
    private static final int HEAD = 8;
    private static final int TAIL = 2;

    private Tex() {
    }

    /** A piece of an equation and its approximate width in ems. */
    record Piece(String tex, double em) {
        Piece then(Piece next) {
            return new Piece(tex + " " + next.tex, em + next.em);
        }

        static Piece of(String tex, double em) {
            return new Piece(tex, em);
        }
    }

    /** A computed value as the chapter prints it: fixed decimals, 0.500000, -0.043198; never "-0.000000". */
    static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** A value given rather than computed (data, rate): as short as it is exactly, 0.25 or 5. */
    static String given(double v, int decimals) {
        return isShort(v, decimals) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : num(v, decimals);
    }

    private static boolean isShort(double v, int decimals) {
        return Double.isFinite(v) && BigDecimal.valueOf(v).stripTrailingZeros().scale() <= decimals;
    }

    /** Computed entries, all with the same number of decimals. */
    static Piece matrix(double[] flat, int rows, int cols, int decimals) {
        String[] cells = new String[flat.length];
        for (int k = 0; k < flat.length; k++) {
            cells[k] = num(flat[k], decimals);
        }
        return matrix(cells, rows, cols);
    }

    /**
     * Weights: short when every entry is exact at these decimals (the chapter's 10, -12.5 at iteration
     * 0), else all fixed so that a column of numbers lines up.
     */
    static Piece givenMatrix(double[] flat, int rows, int cols, int decimals) {
        for (double v : flat) {
            if (!isShort(v, decimals)) {
                return matrix(flat, rows, cols, decimals);
            }
        }
        String[] cells = new String[flat.length];
        for (int k = 0; k < flat.length; k++) {
            cells[k] = given(flat[k], decimals);
        }
        return matrix(cells, rows, cols);
    }

    static Piece column(double[] v, int decimals) {
        return matrix(v, v.length, 1, decimals);
    }

    /** The transpose of a flat row-major rows x cols matrix. */
    static double[] transpose(double[] flat, int rows, int cols) {
        double[] t = new double[flat.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = flat[i * cols + j];
            }
        }
        return t;
    }

    private static Piece matrix(String[] cells, int rows, int cols) {
        List<Integer> shownRows = shown(rows);
        List<Integer> shownCols = shown(cols);
        StringBuilder tex = new StringBuilder("\\begin{bmatrix} ");
        double[] colWidth = new double[shownCols.size()];
        for (int r = 0; r < shownRows.size(); r++) {
            if (r > 0) {
                tex.append(" \\\\ ");
            }
            for (int c = 0; c < shownCols.size(); c++) {
                if (c > 0) {
                    tex.append(" & ");
                }
                int i = shownRows.get(r);
                int j = shownCols.get(c);
                String cell = i < 0 && j < 0 ? "\\ddots" : i < 0 ? "\\vdots" : j < 0 ? "\\cdots" : cells[i * cols + j];
                tex.append(cell);
                colWidth[c] = Math.max(colWidth[c], width(cell));
            }
        }
        tex.append(" \\end{bmatrix}");
        // Brackets take about 0.6 em, the gap between columns about 1 em (measured at 18 and 24 px).
        double em = 0.6 + (colWidth.length - 1);
        for (double w : colWidth) {
            em += w;
        }
        return new Piece(tex.toString(), em);
    }

    /** Indices to show, -1 for the dots. */
    private static List<Integer> shown(int n) {
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (n <= MAX_SHOWN || k < HEAD || k >= n - TAIL) {
                idx.add(k);
            } else if (k == HEAD) {
                idx.add(-1);
            }
        }
        return idx;
    }

    /** Digits are half an em in Computer Modern; the minus sign is wider. */
    private static double width(String cell) {
        if (cell.startsWith("\\")) {
            return 1.0;
        }
        return cell.length() * 0.5 + (cell.startsWith("-") ? 0.3 : 0);
    }

    /** The activation's symbol: the chapter's sigma for the sigmoid, else its name. */
    static String act(Activation a) {
        return switch (a) {
            case SIGMOID -> "\\sigma";
            case TANH -> "\\tanh";
            case RELU -> "\\mathrm{ReLU}";
            case LINEAR -> "\\mathrm{id}";
        };
    }

    static String partial(String of) {
        return "\\frac{\\partial \\mathrm{RSS}}{\\partial " + of + "}";
    }

    /** "\left. dRSS/d(of) \right|_{at}": a gradient at one point. */
    static String partialAt(String of, String at) {
        return "\\left. " + partial(of) + " \\right|_{" + at + "}";
    }

    static Piece paren(String before, Piece inside) {
        return new Piece(before + "\\left( " + inside.tex() + " \\right)", inside.em() + 1.5 + before.length() * 0.25);
    }

    /**
     * One equation of an aligned block: lhs, a relation, then right-hand sides joined by "=",
     * continued on the next line ("&= ...") when the line would pass maxEm.
     */
    static String equation(Piece lhs, String relation, List<Piece> rhs, double maxEm) {
        StringBuilder tex = new StringBuilder(lhs.tex()).append(" &").append(relation).append(' ');
        double line = lhs.em() + 1.5;
        for (int k = 0; k < rhs.size(); k++) {
            Piece p = rhs.get(k);
            if (k > 0) {
                if (line + 1.5 + p.em() > maxEm) {
                    tex.append(" \\\\ &= ");
                    line = lhs.em() + 1.5;
                } else {
                    tex.append(" = ");
                    line += 1.5;
                }
            }
            tex.append(p.tex());
            line += p.em();
        }
        return tex.toString();
    }

    static String aligned(List<String> equations) {
        return "\\begin{aligned} " + String.join(" \\\\ ", equations) + " \\end{aligned}";
    }
}
