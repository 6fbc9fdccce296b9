package studio.backprop.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Network;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * The worked example of a 2-3-2 network (sigmoid, then linear) at the point ([0.5, -1], [1, 0]): y is a
 * vector too, and every number is worked out here by hand from the chapter's formulas.
 */
class WorkedExampleTwoOutputsTest {
    private static final double[] X = {0.5, -1};
    private static final double[] Y = {1, 0};
    private static final double[][] A1 = {{1, 2}, {3, 4}, {5, 6}};
    private static final double[] B1 = {0.1, 0.2, 0.3};
    private static final double[][] A2 = {{0.5, 0.25, 0.125}, {-1, -2, -3}};
    private static final double[] B2 = {-0.5, 0.5};
    private static final Network NET = new Network(
            new Architecture(new int[] {2, 3, 2}, List.of(Activation.SIGMOID, Activation.LINEAR)),
            new double[][] {{1, 2, 3, 4, 5, 6}, {0.5, 0.25, 0.125, -1, -2, -3}}, new double[][] {B1, B2});
    private static final IterationTrace TRACE = IterationTrace.of(NET, new DataSet(2, 2, X, Y), 0.1, 0);

    private static final double[] H1 = new double[3];
    private static final double[] F = new double[2];
    private static final double[] DB1 = new double[3];

    static {
        for (int i = 0; i < 3; i++) {
            H1[i] = 1 / (1 + Math.exp(-(A1[i][0] * X[0] + A1[i][1] * X[1] + B1[i])));
        }
        for (int i = 0; i < 2; i++) {
            F[i] = A2[i][0] * H1[0] + A2[i][1] * H1[1] + A2[i][2] * H1[2] + B2[i];
        }
        // The output is linear (sigma' = 1): dRSS/db_2 = dRSS/dh_2 = 2 (f - y); dRSS/dh_1 = A_2^T dRSS/db_2.
        for (int j = 0; j < 3; j++) {
            double dh1 = A2[0][j] * 2 * (F[0] - Y[0]) + A2[1][j] * 2 * (F[1] - Y[1]);
            DB1[j] = dh1 * H1[j] * (1 - H1[j]);
        }
    }

    private static List<WorkedExampleStep> screen() {
        return WorkedExampleSteps.of(TRACE, StepOptions.screen(0, 6));
    }

    private static WorkedExampleStep step(Phase phase, int layer, String caption) {
        return screen().stream().filter(s -> s.phase() == phase && s.layer() == layer && s.caption().startsWith(caption))
                .findFirst().orElseThrow();
    }

    private static String six(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    @Test
    void theSquaredErrorIsTheSquaredLengthOfFMinusTheVectorY() {
        WorkedExampleStep error = step(Phase.SQUARED_ERROR, 2, "Squared error");

        assertEquals("\\left\\| f(\\vec{x}) - \\vec{y} \\right\\|^{2}", error.lhs().tex());
        assertEquals("\\left\\| \\begin{bmatrix} " + six(F[0]) + " \\\\ " + six(F[1]) + " \\end{bmatrix} - "
                + "\\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix} \\right\\|^{2}", error.numbers().tex());
        assertEquals(six((F[0] - 1) * (F[0] - 1) + F[1] * F[1]), error.result().tex());
    }

    @Test
    void theGradientAtTheOutputIsTwiceFMinusTheVectorY() {
        WorkedExampleStep loss = step(Phase.LOSS, 2, "Gradient");

        assertEquals("2 \\left( \\vec{h}_{2} - \\vec{y} \\right)", loss.formula().tex());
        assertEquals("\\begin{bmatrix} " + six(2 * (F[0] - 1)) + " \\\\ " + six(2 * F[1]) + " \\end{bmatrix}",
                loss.result().tex());
    }

    @Test
    void theWeightGradientOfLayerOneHasThreeRowsAndTwoColumns() {
        WorkedExampleStep dA1 = step(Phase.EXPAND, 1, "Weight gradient");

        assertEquals("\\begin{bmatrix} " + six(DB1[0] * 0.5) + " & " + six(-DB1[0]) + " \\\\ " + six(DB1[1] * 0.5)
                + " & " + six(-DB1[1]) + " \\\\ " + six(DB1[2] * 0.5) + " & " + six(-DB1[2]) + " \\end{bmatrix}",
                dA1.result().tex());
    }

    @Test
    void theHandoutWritesYAsAVectorWhereverItNamesAPoint() {
        String md = WorkedExampleDocument.markdown(TRACE);

        assertTrue(md.contains("\\mathrm{RSS} = \\sum_{(\\vec{x}, \\vec{y})} \\left\\| f(\\vec{x}) - \\vec{y} \\right\\|^{2}"), md);
        assertTrue(md.contains("Data points $(\\vec{x}, \\vec{y})$:"), md);
        assertTrue(md.contains("## Point $(\\vec{x}, \\vec{y}) = ([0.5, -1], [1, 0])$"), md);
        assertTrue(md.contains("\\sum_{(\\vec{x}, \\vec{y})} \\left. \\frac{\\partial \\mathrm{RSS}}{\\partial A_{1}}"
                + " \\right|_{(\\vec{x}, \\vec{y})}"), md);
        assertFalse(md.contains(", y)"), md);
    }

    @Test
    void everyStepOfTheScreenAndTheHandoutIsMathJLaTeXMathTypesets() {
        for (WorkedExampleStep step : screen()) {
            new TeXFormula(step.latex()).createTeXIcon(TeXFormula.SERIF, 12); // throws ParseException if not
        }
        for (WorkedExampleStep step : WorkedExampleDocument.steps(TRACE)) {
            new TeXFormula(step.latex()).createTeXIcon(TeXFormula.SERIF, 12);
        }
    }
}
