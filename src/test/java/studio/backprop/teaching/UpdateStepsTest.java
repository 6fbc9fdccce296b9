package studio.backprop.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.WeightArrays;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * The update's steps for the optimisers beyond the chapter's, a batch and a penalty: every number shown is
 * checked against one worked out here from the trace's gradient and the optimiser's memory before the update.
 */
class UpdateStepsTest {
    /** Half a unit in the sixth decimal, and a little for the rounding of the value itself. */
    private static final double SHOWN = 0.5e-6 + 1e-12;
    private static final Pattern BMATRIX = Pattern.compile("\\\\begin\\{bmatrix\\}(.*?)\\\\end\\{bmatrix\\}");
    private static final int LAYER = 2;

    /** The trace of the fourth update of the chapter's example with this optimiser and these options. */
    private static IterationTrace fourth(String optimizer, TrainingOptions options) {
        Trainer trainer = Experiment.chapter().withOptimizer(OptimizerSpec.of(optimizer, Map.of()))
                .withOptions(options).start();
        trainer.iterate(3);
        return IterationTrace.next(trainer);
    }

    private static List<WorkedExampleStep> steps(IterationTrace trace) {
        return WorkedExampleSteps.of(trace, StepOptions.screen(0, 6).withDataSize(ChapterExample.data().size()));
    }

    private static WorkedExampleStep step(IterationTrace trace, String caption) {
        return steps(trace).stream().filter(s -> s.caption().equals(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("no step \"" + caption + "\" in "
                        + steps(trace).stream().map(WorkedExampleStep::caption).toList()));
    }

    /** The entries of each matrix in the piece, in order. */
    private static List<double[]> matrices(Piece piece) {
        List<double[]> found = new ArrayList<>();
        Matcher m = BMATRIX.matcher(piece.tex());
        while (m.find()) {
            found.add(java.util.Arrays.stream(m.group(1).split("&|\\\\\\\\")).map(String::strip)
                    .mapToDouble(Double::parseDouble).toArray());
        }
        return found;
    }

    private static void assertShown(double[] expected, double[] shown, String what) {
        assertEquals(expected.length, shown.length, what);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], shown[k], SHOWN, what + " [" + k + "]");
        }
    }

    private static double[] weights(WeightArrays arrays) {
        return arrays.a()[LAYER];
    }

    private static WeightArrays memory(IterationTrace trace, String name) {
        return trace.optimizer().memory().arrays().get(name);
    }

    @Test
    void momentumShowsTheVelocityFromTheLastOneAndTheGradientThenTheWeightsFromIt() {
        IterationTrace trace = fourth("momentum", TrainingOptions.CHAPTER);
        double[] before = weights(memory(trace, "velocity"));
        double[] g = trace.gradient().dA(LAYER);
        double[] velocity = new double[g.length];
        double[] a = trace.before().weights(LAYER);
        double[] updated = new double[g.length];
        for (int k = 0; k < g.length; k++) {
            velocity[k] = 0.9 * before[k] + g[k];
            updated[k] = a[k] - 0.01 * velocity[k];
        }
        WorkedExampleStep v = step(trace, "Velocity of the weights of layer 2");
        assertEquals("V_{2} \\to \\mu V_{2} + \\frac{\\partial \\mathrm{RSS}}{\\partial A_{2}}", v.left());
        assertTrue(v.numbers().tex().startsWith("0.9 \\begin{bmatrix}"), v.numbers().tex());
        assertShown(before, matrices(v.numbers()).get(0), "the velocity before");
        assertShown(g, matrices(v.numbers()).get(1), "the gradient");
        assertShown(velocity, matrices(v.result()).get(0), "the new velocity");
        WorkedExampleStep w = step(trace, "New weights of layer 2");
        assertEquals("A_{2} \\to A_{2} - \\alpha V_{2}", w.left());
        assertShown(a, matrices(w.numbers()).get(0), "the weights before");
        assertTrue(w.numbers().tex().contains("- 0.01 \\begin{bmatrix}"), w.numbers().tex());
        assertShown(velocity, matrices(w.numbers()).get(1), "the velocity");
        assertShown(updated, matrices(w.result()).get(0), "the new weights");
    }

    @Test
    void adamShowsBothMomentsTheirBiasCorrectionAtTAndTheStep() {
        IterationTrace trace = fourth("adam", TrainingOptions.CHAPTER);
        double[] m0 = weights(memory(trace, "m"));
        double[] v0 = weights(memory(trace, "v"));
        assertEquals(3, trace.optimizer().memory().updates(), "three updates made before this one");
        double[] g = trace.gradient().dA(LAYER);
        double[] a = trace.before().weights(LAYER);
        int n = g.length;
        double[] m = new double[n];
        double[] v = new double[n];
        double[] mHat = new double[n];
        double[] vHat = new double[n];
        double[] ratio = new double[n];
        double[] updated = new double[n];
        for (int k = 0; k < n; k++) {
            m[k] = 0.9 * m0[k] + 0.1 * g[k];
            v[k] = 0.999 * v0[k] + 0.001 * g[k] * g[k];
            mHat[k] = m[k] / (1 - Math.pow(0.9, 4));
            vHat[k] = v[k] / (1 - Math.pow(0.999, 4));
            ratio[k] = mHat[k] / (Math.sqrt(vHat[k]) + 1e-8);
            updated[k] = a[k] - 0.01 * ratio[k];
        }
        WorkedExampleStep first = step(trace, "First moment of the weights of layer 2");
        assertShown(m0, matrices(first.numbers()).get(0), "m before");
        assertShown(g, matrices(first.numbers()).get(1), "the gradient");
        assertShown(m, matrices(first.result()).get(0), "m");
        WorkedExampleStep second = step(trace, "Second moment of the weights of layer 2");
        assertTrue(second.numbers().tex().contains("\\end{bmatrix}^{2}"), "the gradient squared");
        assertShown(v0, matrices(second.numbers()).get(0), "v before");
        assertShown(v, matrices(second.result()).get(0), "v");
        WorkedExampleStep mCorrected = step(trace, "Bias-corrected m of the weights of layer 2");
        assertTrue(mCorrected.numbers().tex().startsWith("\\frac{1}{1 - 0.9^{4}}"), mCorrected.numbers().tex());
        assertShown(mHat, matrices(mCorrected.result()).get(0), "mhat");
        WorkedExampleStep vCorrected = step(trace, "Bias-corrected v of the weights of layer 2");
        assertTrue(vCorrected.numbers().tex().startsWith("\\frac{1}{1 - 0.999^{4}}"), vCorrected.numbers().tex());
        assertShown(vHat, matrices(vCorrected.result()).get(0), "vhat");
        WorkedExampleStep w = step(trace, "New weights of layer 2");
        assertTrue(w.left().endsWith("\\frac{\\hat{M}_{2}}{\\sqrt{\\hat{V}_{2}} + \\epsilon}"), w.left());
        assertShown(ratio, matrices(w.numbers()).get(1), "mhat / (sqrt(vhat) + epsilon)");
        assertShown(updated, matrices(w.result()).get(0), "the new weights");
    }

    @Test
    void adamsSecondMomentsKeepTheDigitsTheGradientShows() {
        IterationTrace trace = fourth("adam", TrainingOptions.CHAPTER);
        WorkedExampleStep second = step(trace, "Second moment of the weights of layer 3");
        for (double[] values : matrices(second.result())) {
            for (double v : values) {
                assertTrue(v < 0.001, "the squares are small: " + v);
            }
        }
        assertTrue(second.result().tex().matches(".*0\\.0000\\d{6}.*"), "ten decimals: " + second.result().tex());
    }

    @Test
    void aPenaltyAddsItsGradientToTheWeightsSumAndTheUpdateUsesIt() {
        IterationTrace trace = fourth("gd", TrainingOptions.CHAPTER.withPenalty(new Penalty(0.001, 0.01)));
        double[] a = trace.before().weights(LAYER);
        double[] rss = new double[a.length];
        double[] signs = new double[a.length];
        double[] g = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            for (IterationTrace.PointTrace point : trace.points()) {
                rss[k] += point.layer(LAYER).dRssDa()[k];
            }
            signs[k] = Math.signum(a[k]);
            g[k] = rss[k] + 2 * 0.01 * a[k] + 0.001 * signs[k];
        }
        assertShown(rss, matrices(step(trace, "Summed weight gradient of layer 2").result()).get(0), "dRSS/dA");
        WorkedExampleStep penalised = step(trace, "Weight gradient of layer 2 with the penalty");
        assertEquals("\\frac{\\partial \\left( \\mathrm{RSS} + P \\right)}{\\partial A_{2}} = "
                + "\\frac{\\partial \\mathrm{RSS}}{\\partial A_{2}} + 2 \\lambda_{2} A_{2} + \\lambda_{1} "
                + "\\mathrm{sign}\\left( A_{2} \\right)", penalised.lhs().tex() + " = " + penalised.formula().tex());
        List<double[]> shown = matrices(penalised.numbers());
        assertShown(rss, shown.get(0), "dRSS/dA");
        assertTrue(penalised.numbers().tex().contains("+ 2 \\cdot 0.01 \\begin{bmatrix}"), penalised.numbers().tex());
        assertShown(a, shown.get(1), "A");
        assertTrue(penalised.numbers().tex().contains("+ 0.001 \\begin{bmatrix} 1 & 1 & -1 & -1 \\\\ -1 & -1 & 1 & 1"),
                penalised.numbers().tex());
        assertShown(g, matrices(penalised.result()).get(0), "the penalised gradient");
        assertShown(g, trace.gradient().dA(LAYER), "the trace's gradient includes the penalty");
        WorkedExampleStep update = step(trace, "New weights of layer 2");
        assertTrue(update.left().endsWith("\\alpha \\frac{\\partial \\left( \\mathrm{RSS} + P \\right)}{\\partial A_{2}}"),
                update.left());
        assertShown(g, matrices(update.numbers()).get(1), "the update subtracts the penalised gradient");
    }

    @Test
    void thePenaltyLeavesTheBiasesAlone() {
        IterationTrace trace = fourth("gd", TrainingOptions.CHAPTER.withPenalty(new Penalty(0.001, 0.01)));
        assertFalse(steps(trace).stream().anyMatch(s -> s.caption().contains("bias") && s.latex().contains("lambda")));
        assertEquals("\\vec{b}_{2} \\to \\vec{b}_{2} - \\alpha \\frac{\\partial \\mathrm{RSS}}{\\partial \\vec{b}_{2}}",
                step(trace, "New biases of layer 2").left());
    }

    @Test
    void aBatchIsSummedOverBEvenWhenItHoldsTheFirstPoints() {
        IterationTrace trace = fourth("sgd", TrainingOptions.CHAPTER.withBatchSize(2));
        assertEquals(List.of(0, 1), trace.batch(), "the fourth update's batch: points 1 and 2 again");
        assertTrue(step(trace, "Summed weight gradient of layer 2").formula().tex().startsWith("\\sum_{(\\vec{x}, y) \\in B}"));
        IterationTrace whole = fourth("momentum", TrainingOptions.CHAPTER);
        assertTrue(step(whole, "Summed weight gradient of layer 2").formula().tex().startsWith("\\sum_{(\\vec{x}, y)} "));
    }

    @Test
    void everyStepOfEveryOptimiserParsesInJLaTeXMath() {
        for (String optimizer : List.of("momentum", "adam", "sgd")) {
            IterationTrace trace = fourth(optimizer, TrainingOptions.CHAPTER.withBatchSize(2)
                    .withPenalty(new Penalty(0.001, 0.01)));
            for (WorkedExampleStep step : steps(trace)) {
                new TeXFormula(step.latex()).createTeXIcon(TeXFormula.SERIF, 12);
            }
        }
    }

    @Test
    void aSumOfNumbersTooWideForItsLineContinuesTermByTermOnScreenAndInTheHandout() {
        IterationTrace trace = fourth("momentum", TrainingOptions.CHAPTER);
        WorkedExampleStep v = step(trace, "Velocity of the weights of layer 2");
        assertEquals(2, v.terms().size());
        String wide = WrappedEquations.aligned(List.of(v), Double.POSITIVE_INFINITY);
        assertFalse(wide.contains("\\quad"), wide);
        String narrow = WrappedEquations.aligned(List.of(v), 30);
        assertTrue(narrow.contains(v.terms().get(0).tex() + " \\\\ &\\quad + \\begin{bmatrix}"), narrow);
        String handout = WorkedExampleDocument.aligned(WorkedExampleDocument.steps(trace).stream()
                .filter(s -> s.caption().equals(v.caption())).findFirst().orElseThrow());
        assertTrue(handout.contains(" \\\\\n&\\quad + \\begin{bmatrix}"), handout);
    }

    @Test
    void theBatchIsNamedByItsPointsFromOneWithRunsShortened() {
        assertEquals("2, 5", UpdateRule.numbers(List.of(1, 4), "-"));
        assertEquals("1-4, 7, 9, 10", UpdateRule.numbers(List.of(0, 1, 2, 3, 6, 8, 9), "-"));
        assertEquals("5, 3, 4", UpdateRule.numbers(List.of(4, 2, 3), "-"), "a shuffled batch in its order");
        IterationTrace trace = fourth("sgd", TrainingOptions.CHAPTER.withBatchSize(2));
        assertEquals("points 1, 2 of 5", UpdateRule.of(trace).batch(5, Notation.ASCII));
        assertEquals("all 5 points", UpdateRule.of(fourth("adam", TrainingOptions.CHAPTER)).batch(5, Notation.ASCII));
        IterationTrace shuffled = fourth("sgd", TrainingOptions.CHAPTER.withBatchSize(3).withShuffle(OptionalLong.of(7)));
        List<Integer> sorted = shuffled.batch().stream().sorted().toList();
        assertFalse(sorted.equals(shuffled.batch()), "the seed shuffles this batch: " + shuffled.batch());
        assertEquals("points " + UpdateRule.numbers(sorted, "-") + " of 5", UpdateRule.of(shuffled).batch(5, Notation.ASCII),
                "a shuffled batch named in ascending order");
    }

    @Test
    void adamsEpsilonIsWrittenAsAPowerOfTen() {
        assertEquals("10^{-8}", Notation.TEX.number(1e-8));
        assertEquals("10⁻⁸", Notation.UNICODE.number(1e-8));
        assertEquals("1e-8", Notation.ASCII.number(1e-8));
        assertEquals("0.999", Notation.TEX.number(0.999));
        assertEquals("0.0000025", Notation.ASCII.number(2.5e-6));
    }
}
