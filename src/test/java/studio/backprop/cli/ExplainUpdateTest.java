package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.WeightArrays;

/**
 * {@code explain} with another optimiser, a batch or a penalty: the update's formula and its numbers, each
 * worked out here from the optimiser's memory before the update; and the chapter's text as it always was.
 */
class ExplainUpdateTest {
    /** The trace of the fourth update with this optimiser, as {@code explain --iterations 3} explains it. */
    private static IterationTrace fourth(String optimizer) {
        Trainer trainer = Experiment.chapter().withOptimizer(OptimizerSpec.of(optimizer, Map.of())).start();
        trainer.iterate(3);
        return IterationTrace.next(trainer);
    }

    private static String six(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** "[ 1.000000  2.000000 ]": one row of a matrix as the text sets it, numbers right-aligned to the widest. */
    private static void assertRow(String out, double... values) {
        String row = String.join("  ", java.util.Arrays.stream(values).mapToObj(ExplainUpdateTest::six).toList());
        assertTrue(out.replaceAll(" +", " ").contains("[ " + row.replaceAll(" +", " ") + " ]"), row + " in:\n" + out);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ExplainUpdateTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theChaptersExplanationIsByteForByteWhatItWasInEveryFormat() throws IOException {
        assertEquals(golden("explain-0.text"), CliRun.of("explain").succeeded().out());
        assertEquals(golden("explain-0.markdown"), CliRun.of("explain", "--format", "markdown").succeeded().out());
        assertEquals(golden("explain-0.latex"), CliRun.of("explain", "--format", "latex").succeeded().out());
        assertEquals(golden("explain-0.json"), CliRun.of("explain", "--json").succeeded().out());
        assertEquals(golden("explain-3.text"), CliRun.of("explain", "--iterations", "3").succeeded().out());
        assertEquals(golden("explain-3.latex"),
                CliRun.of("explain", "--iterations", "3", "--format", "latex").succeeded().out());
    }

    @Test
    void momentumPrintsTheVelocityBeforeAndAfterAndTheWeightsFromIt() {
        String out = CliRun.of("explain", "--optimizer", "momentum", "--iterations", "3").succeeded().out();
        IterationTrace trace = fourth("momentum");
        WeightArrays before = trace.optimizer().memory().arrays().get("velocity");
        double[] g = trace.gradient().dA(3);
        assertTrue(out.startsWith("One iteration of momentum (mu = 0.9) from the weights after 3 iterations"), out);
        assertTrue(out.contains("\nVelocity: V_l -> 0.9 V_l + dRSS/dA_l, v_l -> 0.9 v_l + dRSS/db_l\n"), out);
        assertTrue(out.contains("\nUpdated weights: A_l -> A_l - 0.01 V_l, b_l -> b_l - 0.01 v_l\n"), out);
        double[] v0 = before.a()[3];
        assertRow(out, v0[0], v0[1]);
        assertRow(out, 0.9 * v0[0] + g[0], 0.9 * v0[1] + g[1]);
        double[] a = trace.before().weights(3);
        assertRow(out, a[0] - 0.01 * (0.9 * v0[0] + g[0]), a[1] - 0.01 * (0.9 * v0[1] + g[1]));
    }

    @Test
    void adamPrintsTheMomentsTheirBiasCorrectionAtTAndTheChange() {
        String out = CliRun.of("explain", "--optimizer", "adam", "--iterations", "3").succeeded().out();
        IterationTrace trace = fourth("adam");
        double m0 = trace.optimizer().memory().arrays().get("m").b()[3][0];
        double v0 = trace.optimizer().memory().arrays().get("v").b()[3][0];
        double g = trace.gradient().db(3)[0];
        double m = 0.9 * m0 + 0.1 * g;
        double v = 0.999 * v0 + 0.001 * g * g;
        double mHat = m / (1 - Math.pow(0.9, 4));
        double vHat = v / (1 - Math.pow(0.999, 4));
        double change = -0.01 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertTrue(out.contains("Moments before this update, after 3 updates"), out);
        assertTrue(out.contains("\nBias correction at t = 4: Mhat_l = M_l / (1 - 0.9^4), Vhat_l = V_l / (1 - 0.999^4)"), out);
        assertTrue(out.contains("Step: A_l -> A_l - 0.01 Mhat_l / (sqrt(Vhat_l) + 1e-8)"), out);
        for (String shown : List.of("m_3 = [ " + six(m0) + " ]", "m_3 = [ " + six(m) + " ]", "mhat_3 = [ " + six(mHat) + " ]",
                "vhat_3 = [ " + six(vHat) + " ]", "db_3 = [ " + six(change) + " ]")) {
            assertTrue(out.contains(shown), shown + " in:\n" + out);
        }
        assertTrue(out.contains("v_3 = [ " + String.format(Locale.ROOT, "%.10f", v) + " ]"), "v with ten decimals:\n" + out);
    }

    @Test
    void aBatchIsNamedAndOnlyItsPointsAreWorkedOut() {
        String out = CliRun.of("explain", "--optimizer", "sgd", "--batch-size", "2", "--iterations", "1").succeeded().out();
        assertTrue(out.startsWith("One iteration of stochastic gradient descent from the weights after 1 iteration:"
                + " network 1-4-2-1, batch: points 3, 4 of 5, learning rate 0.01\n"), out);
        assertEquals(List.of("Point 3: (x, y) = ([0.5], 0.5)", "Point 4: (x, y) = ([0.75], 1)"),
                out.lines().filter(line -> line.startsWith("Point")).toList());
        assertTrue(out.contains("\nSummed over the batch\n"), out);
    }

    @Test
    void aPenaltyPrintsItsGradientOnTheWeightsAndTheSumTheUpdateUses() {
        String out = CliRun.of("explain", "--l2", "0.01", "--iterations", "3").succeeded().out();
        Trainer trainer = Experiment.chapter().withOptions(TrainingOptions.CHAPTER
                .withPenalty(new studio.backprop.engine.Penalty(0, 0.01))).start();
        trainer.iterate(3);
        IterationTrace trace = IterationTrace.next(trainer);
        double[] a = trace.before().weights(3);
        double[] g = trace.gradient().dA(3);
        assertTrue(out.contains(", 5 points, penalty lambda2 = 0.01, learning rate 0.01\n"), out);
        assertTrue(out.contains("\nPenalty's gradient, on the weights only: dP/dA_l = 2 * 0.01 A_l;"
                + " the update uses dL/dA_l = dRSS/dA_l + dP/dA_l (L = RSS + P)\n"), out);
        assertTrue(out.contains("dP/dA_3 = [ " + six(2 * 0.01 * a[0]) + "  " + six(2 * 0.01 * a[1]) + " ]"), out);
        assertTrue(out.contains("dL/dA_3 = [ " + six(g[0]) + "  " + six(g[1]) + " ]"), out);
        assertTrue(out.contains("\nUpdated weights: A_l -> A_l - 0.01 dL/dA_l, b_l -> b_l - 0.01 dRSS/db_l\n"), out);
    }

    @Test
    void theHandoutsWriteTheOptimisersFormulas() {
        String md = CliRun.of("explain", "--optimizer", "adam", "--format", "markdown").succeeded().out();
        assertTrue(md.contains("Adam with $\\alpha = 0.01$ and $\\beta_{1} = 0.9, \\beta_{2} = 0.999, \\epsilon = 10^{-8}$,"
                + " at update $t = 1$"), md);
        assertTrue(md.contains("\\hat{M}_{1} &= \\frac{M_{1}}{1 - \\beta_{1}^{t}}"), md);
        String tex = CliRun.of("explain", "--optimizer", "sgd", "--batch-size", "2", "--format", "latex").succeeded().out();
        assertTrue(tex.contains("The points of the batch $B$ (points 1, 2 of 5)"), tex);
        assertTrue(tex.contains("\\sum_{(\\vec{x}, y) \\in B}"), tex);
        assertTrue(tex.chars().allMatch(c -> c < 128), "ASCII only");
    }
}
