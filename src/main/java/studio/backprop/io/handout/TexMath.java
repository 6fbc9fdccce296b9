package studio.backprop.io.handout;

import java.util.function.DoubleFunction;
import studio.backprop.engine.Activation;

/**
 * The LaTeX of the chapter's symbols and of matrices of numbers, in one place for both documents and the
 * step pieces. Math only, ASCII only.
 */
final class TexMath {
    private TexMath() {
    }

    /** {@code \begin{bmatrix} a & b \\ c & d \end{bmatrix}} of a flat row-major matrix. */
    static String bmatrix(double[] flat, int rows, DoubleFunction<String> number) {
        int cols = flat.length / rows;
        StringBuilder s = new StringBuilder("\\begin{bmatrix} ");
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                s.append(j == 0 ? "" : " & ").append(number.apply(flat[i * cols + j]));
            }
            s.append(i == rows - 1 ? " " : " \\\\ ");
        }
        return s.append("\\end{bmatrix}").toString();
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

    /** {@code \left. expr \right|_{at}}: a point's share of a gradient. */
    static String at(String expr, String at) {
        return "\\left. " + expr + " \\right|_{" + at + "}";
    }

    /** {@code \sigma'\left( arg \right)}. */
    static String sigmaPrime(String arg) {
        return "\\sigma'\\left( " + arg + " \\right)";
    }

    /** {@code \sigma\left( arg \right)}. */
    static String sigma(String arg) {
        return "\\sigma\\left( " + arg + " \\right)";
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
