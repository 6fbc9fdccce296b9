package studio.backprop.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Network;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/** The one builder of the worked example's steps, as a document and as a screen ask for them. */
class WorkedExampleStepsTest {
    private static final IterationTrace CHAPTER = IterationTrace.of(ChapterExample.network(), ChapterExample.data(),
            ChapterExample.LEARNING_RATE, 0);

    private static String all(List<WorkedExampleStep> steps) {
        return String.join("\n", steps.stream().map(WorkedExampleStep::latex).toList());
    }

    @Test
    void aScreenGetsOnePointsStepsThenTheSumsAndTheUpdate() {
        List<WorkedExampleStep> steps = WorkedExampleSteps.of(CHAPTER, StepOptions.screen(2, 6));
        assertEquals(List.of(2, WorkedExampleStep.NO_POINT),
                steps.stream().map(WorkedExampleStep::point).distinct().toList());
        assertEquals(Phase.UPDATE, steps.get(steps.size() - 1).phase());
    }

    @Test
    void theSquaredErrorComesBeforeTheLossOnlyWhenAsked() {
        List<WorkedExampleStep> screen = WorkedExampleSteps.of(CHAPTER, StepOptions.screen(0, 6));
        WorkedExampleStep error = screen.stream().filter(s -> s.phase() == Phase.SQUARED_ERROR).findFirst().orElseThrow();
        assertEquals("\\left( 0.831812 - 0 \\right)^{2}", error.numbers().tex());
        assertEquals("0.691911", error.result().tex());
        assertEquals(Phase.LOSS, screen.get(screen.indexOf(error) + 2).phase(), "the value, its derivative, then the loss");
        assertFalse(WorkedExampleDocument.steps(CHAPTER).stream().anyMatch(s -> s.phase() == Phase.SQUARED_ERROR));
    }

    @Test
    void aScreenLinesUpComputedDecimalsWhereADocumentWritesThemShort() {
        String screen = all(WorkedExampleSteps.of(CHAPTER, StepOptions.screen(1, 6)));
        String document = all(WorkedExampleDocument.steps(CHAPTER));
        assertTrue(screen.contains("0.500000 \\\\ 0.500000 \\\\ -2.000000 \\\\ 3.000000"), screen);
        assertTrue(document.contains("0.5 \\\\ 0.5 \\\\ -2 \\\\ 3"), document);
    }

    @Test
    void aScreenCutsAMatrixBeyondTwelveRowsToItsEndsButADocumentNever() {
        IterationTrace big = IterationTrace.of(network(Architecture.sigmoid(1, 20, 1)), ChapterExample.data(), 0.01, 0);
        assertTrue(all(WorkedExampleSteps.of(big, StepOptions.screen(0, 6))).contains("\\vdots"));
        assertFalse(all(WorkedExampleDocument.steps(big)).contains("\\vdots"));
    }

    @Test
    void aScreenNamesEachLayersActivationWhereADocumentWritesSigma() {
        Architecture arch = new Architecture(new int[] {1, 2, 1}, List.of(Activation.TANH, Activation.LINEAR));
        IterationTrace trace = IterationTrace.of(network(arch), ChapterExample.data(), 0.01, 0);
        String screen = all(WorkedExampleSteps.of(trace, StepOptions.screen(0, 6)));
        assertTrue(screen.contains("\\tanh\\left( \\vec{\\Sigma}_{1} \\right)"), screen);
        assertTrue(screen.contains("\\mathrm{id}'\\left( \\vec{\\Sigma}_{2} \\right)"), screen);
        assertFalse(all(WorkedExampleDocument.steps(trace)).contains("\\tanh\\left("));
    }

    @Test
    void aPointBeyondTheDataIsRefusedWithItsNumber() {
        var e = assertThrows(IllegalArgumentException.class, () -> WorkedExampleSteps.of(CHAPTER, StepOptions.screen(5, 6)));
        assertEquals("point index 5 is beyond the 5 points (0..4)", e.getMessage());
    }

    @Test
    void aWrappedUpdateBreaksAfterItsFormulaAndBeforeItsResultWhereItWouldPassTheWidth() {
        WorkedExampleStep a2 = WorkedExampleSteps.of(CHAPTER, StepOptions.screen(0, 6)).stream()
                .filter(s -> s.phase() == Phase.UPDATE && s.layer() == 2).findFirst().orElseThrow();
        String head = "\\begin{aligned} " + a2.lhs().tex() + " &\\to " + a2.formula().tex();
        String tail = a2.result().tex() + " \\end{aligned}";
        assertEquals(head + " = " + a2.numbers().tex() + " = " + tail,
                WrappedEquations.aligned(List.of(a2), Double.POSITIVE_INFINITY));
        assertEquals(head + " \\\\ &= " + a2.numbers().tex() + " \\\\ &= " + tail, WrappedEquations.aligned(List.of(a2), 30));
    }

    @Test
    void aDocumentKeepsAnUpdatesFormulaLeftOfTheAlignment() {
        WorkedExampleStep b1 = WorkedExampleDocument.steps(CHAPTER).stream()
                .filter(s -> s.caption().equals("New biases of layer 1")).findFirst().orElseThrow();
        assertEquals("\\vec{b}_{1} \\to \\vec{b}_{1} - \\alpha \\frac{\\partial \\mathrm{RSS}}{\\partial \\vec{b}_{1}}", b1.left());
        assertTrue(WorkedExampleDocument.aligned(b1).startsWith("\\begin{aligned}\n" + b1.left() + " &= "));
    }

    private static Network network(Architecture arch) {
        double[][] a = new double[arch.depth()][];
        double[][] b = new double[arch.depth()][];
        for (int l = 1; l <= arch.depth(); l++) {
            a[l - 1] = new double[arch.size(l) * arch.size(l - 1)];
            b[l - 1] = new double[arch.size(l)];
            Arrays.fill(a[l - 1], 0.5);
            Arrays.fill(b[l - 1], -0.25);
        }
        return new Network(arch, a, b);
    }
}
