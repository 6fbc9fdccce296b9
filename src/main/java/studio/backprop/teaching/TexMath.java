package studio.backprop.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import studio.backprop.engine.Activation;

/**
 * The LaTeX of the chapter's symbols and of matrices of numbers, in one place for both documents and the
 * step pieces. Math only, ASCII only.
 */
final class TexMath {
    /** Larger matrices, when elided, show their first and last rows or columns around dots: 8x8 still shows whole. */
    static final int MAX_SHOWN = 12;
    private static final int HEAD = 8;
    private static final int TAIL = 2;

    private TexMath() {
    }

    /** {@code \begin{bmatrix} a & b \\ c & d \end{bmatrix}} of a flat row-major matrix. */
    static String bmatrix(double[] flat, int rows, DoubleFunction<String> number) {
        String[] cells = new String[flat.length];
        for (int k = 0; k < flat.length; k++) {
            cells[k] = number.apply(flat[k]);
        }
        return matrix(cells, rows, false).tex();
    }

    /**
     * A bmatrix of a flat row-major matrix's cells and its width; when {@code elide}, a matrix beyond
     * {@link #MAX_SHOWN} rows or columns shows its ends around \vdots, \cdots and \ddots.
     */
    static Piece matrix(String[] cells, int rows, boolean elide) {
        int cols = cells.length / rows;
        List<Integer> shownRows = shown(rows, elide);
        List<Integer> shownCols = shown(cols, elide);
        StringBuilder tex = new StringBuilder("\\begin{bmatrix} ");
        double[] colWidth = new double[shownCols.size()];
        for (int r = 0; r < shownRows.size(); r++) {
            tex.append(r == 0 ? "" : " \\\\ ");
            for (int c = 0; c < shownCols.size(); c++) {
                int i = shownRows.get(r);
                int j = shownCols.get(c);
                String cell = i < 0 && j < 0 ? "\\ddots" : i < 0 ? "\\vdots" : j < 0 ? "\\cdots" : cells[i * cols + j];
                tex.append(c == 0 ? "" : " & ").append(cell);
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
    private static List<Integer> shown(int n, boolean elide) {
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (!elide || n <= MAX_SHOWN || k < HEAD || k >= n - TAIL) {
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

    /** {@code before\left( inside \right)}, e.g. a function applied to a vector. */
    static Piece paren(String before, Piece inside) {
        return new Piece(before + "\\left( " + inside.tex() + " \\right)", inside.em() + 1.5 + before.length() * 0.25);
    }

    /** The transpose of a flat row-major matrix with {@code rows} rows, flat row-major again. */
    static double[] transpose(double[] flat, int rows) {
        int cols = flat.length / rows;
        double[] t = new double[flat.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = flat[i * cols + j];
            }
        }
        return t;
    }

    /** {@code \vec{h}_{2}}. */
    static String vec(String name, int l) {
        return "\\vec{" + name + "}_{" + l + "}";
    }

    /** {@code A_{2}}. */
    static String matrixName(int l) {
        return "A_{" + l + "}";
    }

    /** {@code \frac{\partial \mathrm{RSS}}{\partial of}}. */
    static String partial(String of) {
        return "\\frac{\\partial \\mathrm{RSS}}{\\partial " + of + "}";
    }

    /** {@code y}, or {@code \vec{y}} when the network has several outputs: the target as the chapter writes it. */
    static String target(int outputs) {
        return outputs == 1 ? "y" : "\\vec{y}";
    }

    /** {@code (\vec{x}, y)}: a data point, x always a vector (the chapter's [0.25]), y one for several outputs. */
    static String point(int outputs) {
        return "(\\vec{x}, " + target(outputs) + ")";
    }

    /** A point's share of RSS: {@code (f(x) - y)^2}, or the squared length of the difference for several outputs. */
    static String squaredError(int outputs) {
        return outputs == 1 ? "\\left( f(\\vec{x}) - y \\right)^{2}" : squaredLength("f(\\vec{x}) - \\vec{y}");
    }

    /** {@code \left\| of \right\|^{2}}: a vector's squared length, the sum of its entries' squares. */
    static String squaredLength(String of) {
        return "\\left\\| " + of + " \\right\\|^{2}";
    }

    /** {@code \left. expr \right|_{at}}: a point's share of a gradient. */
    static String at(String expr, String at) {
        return "\\left. " + expr + " \\right|_{" + at + "}";
    }

    /** {@code \sigma\left( arg \right)} with the symbol given: an activation, or its derivative, applied. */
    static String sigma(String arg, String symbol) {
        return paren(symbol, Piece.of(arg, 0)).tex();
    }

    /** The activation's own symbol, for a view that does not define sigma: the chapter's sigma for the sigmoid. */
    static String symbol(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "\\sigma";
            case TANH -> "\\tanh";
            case RELU -> "\\mathrm{ReLU}";
            case LINEAR -> "\\mathrm{id}";
        };
    }

    /** The activation and its derivative, for the handout's description of the network. */
    static String definition(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "\\sigma(\\Sigma) = \\frac{1}{1 + e^{-\\Sigma}}, \\quad "
                    + "\\sigma'(\\Sigma) = \\sigma(\\Sigma) \\left( 1 - \\sigma(\\Sigma) \\right)";
            case TANH -> "\\sigma(\\Sigma) = \\tanh \\Sigma, \\quad \\sigma'(\\Sigma) = 1 - \\tanh^{2} \\Sigma";
            case RELU -> "\\sigma(\\Sigma) = \\max(0, \\Sigma), \\quad "
                    + "\\sigma'(\\Sigma) = 1 \\text{ if } \\Sigma > 0 \\text{, else } 0";
            case LINEAR -> "\\sigma(\\Sigma) = \\Sigma, \\quad \\sigma'(\\Sigma) = 1";
        };
    }
}
