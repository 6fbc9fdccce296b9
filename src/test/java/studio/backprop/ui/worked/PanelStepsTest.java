package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Network;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.teaching.NumberStyle;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.worked.PanelSteps.Step;

/** The panel's cards of the worked example, without the toolkit. */
class PanelStepsTest {
    private static final IterationTrace CHAPTER =
            IterationTrace.of(ChapterExample.network(), ChapterExample.data(), ChapterExample.LEARNING_RATE, 0);

    private static Step step(List<Step> steps, Phase.Kind kind, int layer) {
        return steps.stream().filter(s -> s.phase().equals(new Phase(kind, layer))).findFirst().orElseThrow();
    }

    @Test
    void theStepsFollowThePhaseSequence() {
        List<Step> steps = PanelSteps.steps(CHAPTER, 0, 6);
        assertEquals(Phase.sequence(3), steps.stream().map(Step::phase).toList());
    }

    @Test
    void everyCardHoldsAnEquationAndTheLossCardThePointsSquaredError() {
        List<Step> steps = PanelSteps.steps(CHAPTER, 0, 6);
        steps.forEach(s -> assertTrue(s.latex().contains("&"), s.phase() + ": " + s.latex()));
        assertTrue(step(steps, Phase.Kind.LOSS, 0).latex().contains("= 0.691911"));
    }

    @Test
    void computedValuesKeepTheirDecimalsAndGivenOnesAreShort() {
        String forward = step(PanelSteps.steps(CHAPTER, 1, 6), Phase.Kind.FORWARD, 1).latex();
        assertTrue(forward.contains("\\begin{bmatrix} 0.500000 \\\\ 0.500000 \\\\ -2.000000 \\\\ 3.000000 \\end{bmatrix}"),
                forward);
        assertTrue(forward.contains("\\begin{bmatrix} 0.25 \\end{bmatrix}"), "x as given: " + forward);
        assertTrue(forward.contains("\\begin{bmatrix} 5 \\\\ -5 \\\\ 5 \\\\ -5 \\end{bmatrix}"), "A_1 as given");
    }

    @Test
    void theDecimalsCanBeChosen() {
        String three = step(PanelSteps.steps(CHAPTER, 0, 3), Phase.Kind.FORWARD, 1).latex();
        assertTrue(three.contains("0.321 \\\\ 0.852 \\\\ 0.037 \\\\ 0.986"), three);
        String eight = step(PanelSteps.steps(CHAPTER, 0, 8), Phase.Kind.FORWARD, 3).latex();
        assertTrue(eight.contains("1.59852529"), eight);
    }

    @Test
    void theChaptersCardsReadTheSameWhenTheDataSizeIsKnown() {
        List<Step> known = PanelSteps.steps(CHAPTER, 2, 6, 40, 5);
        assertEquals(PanelSteps.steps(CHAPTER, 2, 6, 40), known);
        assertEquals("Sum over all 5 points", step(known, Phase.Kind.SUM, 0).caption());
        assertEquals("Update with α = 0.01: the weights of iteration 1", step(known, Phase.Kind.UPDATE, 0).caption());
    }

    @Test
    void adamsCardNamesItsTAndAPenaltysSumSaysItAddsItsGradient() {
        Trainer trainer = Experiment.chapter().withOptimizer(OptimizerSpec.of("adam", Map.of()))
                .withOptions(TrainingOptions.CHAPTER.withPenalty(new Penalty(0, 0.01))).start();
        trainer.iterate(2);
        List<Step> steps = PanelSteps.steps(IterationTrace.next(trainer), 0, 6, 40, 5);
        assertEquals("Adam with α = 0.01, t = 3: the weights of iteration 3",
                step(steps, Phase.Kind.UPDATE, 0).caption());
        assertEquals("Sum over all 5 points, plus the penalty's gradient",
                step(steps, Phase.Kind.SUM, 0).caption());
        steps.forEach(s -> new TeXFormula(s.latex()));
    }

    @Test
    void aTinyNegativeValueIsNotPrintedAsMinusZero() {
        assertEquals("0.000000", NumberStyle.fixed(-1e-9, 6));
        assertEquals("-0.000001", NumberStyle.fixed(-1e-6, 6));
    }

    @Test
    void everyStepParsesInJLaTeXMath() {
        for (int p = 0; p < 5; p++) {
            for (Step s : PanelSteps.steps(CHAPTER, p, 6, 40)) {
                new TeXFormula(s.latex());
            }
        }
    }

    @Test
    void aWideEquationContinuesOnTheNextLineWhenAWidthIsGiven() {
        IterationTrace wide = IterationTrace.of(random(1, 8, 8, 1), ChapterExample.data(), 0.01, 0);
        String oneLine = step(PanelSteps.steps(wide, 0, 6), Phase.Kind.FORWARD, 2).latex();
        String wrapped = step(PanelSteps.steps(wide, 0, 6, 40), Phase.Kind.FORWARD, 2).latex();
        assertEquals(0, count(oneLine, "\\\\ &="), oneLine);
        assertTrue(count(wrapped, "\\\\ &=") >= 2, wrapped);
    }

    @Test
    void aMatrixBeyondTwelveRowsShowsItsEndsAroundDots() {
        IterationTrace big = IterationTrace.of(random(1, 20, 1), ChapterExample.data(), 0.01, 0);
        String forward = step(PanelSteps.steps(big, 0, 6), Phase.Kind.FORWARD, 1).latex();
        assertTrue(forward.contains("\\vdots"));
        assertFalse(step(PanelSteps.steps(CHAPTER, 0, 6), Phase.Kind.FORWARD, 1).latex().contains("\\vdots"));
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }

    private static Network random(int... sizes) {
        Random r = new Random(7);
        Architecture arch = Architecture.sigmoid(sizes);
        double[][] a = new double[sizes.length - 1][];
        double[][] b = new double[sizes.length - 1][];
        for (int l = 1; l < sizes.length; l++) {
            a[l - 1] = r.doubles(sizes[l] * sizes[l - 1], -1, 1).toArray();
            b[l - 1] = r.doubles(sizes[l], -1, 1).toArray();
        }
        return new Network(arch, a, b);
    }
}
