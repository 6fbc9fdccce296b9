package studio.backprop.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.backprop.teaching.TwoInputsByHand.*;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * The worked example of a 2-2-1 network at the point ([0.5, -1], 1) against the numbers worked out by hand
 * ({@link TwoInputsByHand}): x is the column vector h_0 and A_1 has two columns.
 */
class WorkedExampleTwoInputsTest {
    private static final IterationTrace TRACE = IterationTrace.of(NET, DATA, ALPHA, 0);

    private static List<WorkedExampleStep> screen() {
        return WorkedExampleSteps.of(TRACE, StepOptions.screen(0, 6));
    }

    private static WorkedExampleStep step(List<WorkedExampleStep> steps, Phase phase, int layer, String caption) {
        return steps.stream().filter(s -> s.phase() == phase && s.layer() == layer && s.caption().startsWith(caption))
                .findFirst().orElseThrow();
    }

    /** A bmatrix of {@code rows} rows as the screen writes computed values: six decimals each. */
    private static String bmatrix(int rows, double... values) {
        int cols = values.length / rows;
        StringBuilder s = new StringBuilder("\\begin{bmatrix} ");
        for (int k = 0; k < values.length; k++) {
            s.append(k == 0 ? "" : k % cols == 0 ? " \\\\ " : " & ").append(String.format(Locale.ROOT, "%.6f", values[k]));
        }
        return s.append(" \\end{bmatrix}").toString();
    }

    @Test
    void theInputIsTheColumnVectorXOfTwoEntries() {
        WorkedExampleStep input = step(screen(), Phase.FORWARD, 0, "The input");

        assertEquals("\\vec{\\Sigma}_{0} = \\vec{h}_{0}", input.lhs().tex());
        assertEquals("\\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}", input.result().tex());
    }

    @Test
    void layerOneMultipliesTheTwoColumnsOfA1ByX() {
        WorkedExampleStep sigma1 = step(screen(), Phase.FORWARD, 1, "Weighted inputs");

        assertEquals("\\begin{bmatrix} 0.5 & -1 \\\\ 2 & 0.25 \\end{bmatrix} \\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}"
                + " + \\begin{bmatrix} 0.1 \\\\ -0.2 \\end{bmatrix}", sigma1.numbers().tex());
        assertEquals(bmatrix(2, S11, S12), sigma1.result().tex());
    }

    @Test
    void theForwardPassReachesTheHandComputedOutput() {
        List<WorkedExampleStep> steps = screen();

        assertEquals(bmatrix(2, H11, H12), step(steps, Phase.FORWARD, 1, "Outputs").result().tex());
        assertEquals(bmatrix(1, S2), step(steps, Phase.FORWARD, 2, "Weighted inputs").result().tex());
        assertEquals(bmatrix(1, H2), step(steps, Phase.FORWARD, 2, "Outputs").result().tex());
    }

    @Test
    void theBackwardPassGivesTheHandComputedGradientsOfTheOutputs() {
        List<WorkedExampleStep> steps = screen();

        assertEquals(bmatrix(1, DH2), step(steps, Phase.LOSS, 2, "Gradient").result().tex());
        assertEquals(bmatrix(2, DH11, DH12), step(steps, Phase.BACKWARD, 1, "Backpropagated").result().tex());
    }

    @Test
    void theWeightGradientOfLayerOneIsTheOuterProductWithXAndHasTwoColumns() {
        List<WorkedExampleStep> steps = screen();
        WorkedExampleStep dA1 = step(steps, Phase.EXPAND, 1, "Weight gradient");

        assertEquals(bmatrix(2, DB11, DB12), step(steps, Phase.EXPAND, 1, "Bias gradient").result().tex());
        assertTrue(dA1.numbers().tex().endsWith("\\otimes \\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}"), dA1.numbers().tex());
        assertEquals(bmatrix(2, DA1), dA1.result().tex());
    }

    @Test
    void theWeightGradientOfTheOutputLayerIsTheOuterProductWithH1() {
        WorkedExampleStep dA2 = step(screen(), Phase.EXPAND, 2, "Weight gradient");

        assertEquals(bmatrix(1, DB2 * H11, DB2 * H12), dA2.result().tex());
    }

    @Test
    void theUpdateMovesEachOfA1sFourWeightsAgainstItsGradient() {
        WorkedExampleStep a1 = screen().stream().filter(s -> s.phase() == Phase.UPDATE && s.layer() == 1)
                .findFirst().orElseThrow();

        assertEquals(bmatrix(2, 0.5 - ALPHA * DA1[0], -1 - ALPHA * DA1[1], 2 - ALPHA * DA1[2], 0.25 - ALPHA * DA1[3]),
                a1.result().tex());
    }

    @Test
    void theHandoutNamesThePointByItsVectorX() {
        String md = WorkedExampleDocument.markdown(TRACE);

        assertTrue(md.contains("## Point $(\\vec{x}, y) = ([0.5, -1], 1)$"), md);
        assertTrue(md.contains("\\mathrm{RSS} = \\sum_{(\\vec{x}, y)} \\left( f(\\vec{x}) - y \\right)^{2}"), md);
        assertTrue(md.contains("A_{1} = \\begin{bmatrix} 0.5 & -1 \\\\ 2 & 0.25 \\end{bmatrix}"), md);
    }
}
