package studio.backprop.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static studio.backprop.teaching.FeaturesByHand.*;
import static studio.backprop.teaching.ScreenSteps.bmatrix;

import org.junit.jupiter.api.Test;
import studio.backprop.engine.Feature;
import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.WorkedExampleStep.Phase;

/**
 * The worked example of a network that sees the features x1, x2, x1*x2 ({@link FeaturesByHand}): the point
 * is named by its own inputs, h_0 by the features, each entry named and then worked out from x.
 */
class WorkedExampleFeaturesTest {
    private static final IterationTrace TRACE = IterationTrace.of(NET, DATA, ALPHA, 0);

    private static WorkedExampleStep step(Phase phase, int layer, String caption) {
        return ScreenSteps.step(ScreenSteps.of(TRACE), phase, layer, caption);
    }

    @Test
    void theInputLayerIsHZeroWithAnEntryNamedForEachFeature() {
        WorkedExampleStep input = step(Phase.FORWARD, 0, "The input");

        assertEquals("\\vec{\\Sigma}_{0} = \\vec{h}_{0}", input.lhs().tex());
        assertEquals("\\begin{bmatrix} x_{1} \\\\ x_{2} \\\\ x_{1} x_{2} \\end{bmatrix}", input.formula().tex());
    }

    @Test
    void eachFeatureIsWorkedOutFromThePointsInputs() {
        WorkedExampleStep input = step(Phase.FORWARD, 0, "The input");

        assertEquals("\\begin{bmatrix} 0.5 \\\\ -1 \\\\ 0.5 \\cdot (-1) \\end{bmatrix}", input.numbers().tex());
        assertEquals("\\begin{bmatrix} 0.5 \\\\ -1 \\\\ -0.5 \\end{bmatrix}", input.result().tex());
    }

    @Test
    void layerOneMultipliesTheThreeColumnsOfA1ByTheFeatures() {
        WorkedExampleStep sigma1 = step(Phase.FORWARD, 1, "Weighted inputs");

        assertTrue(sigma1.numbers().tex().contains("\\end{bmatrix} \\begin{bmatrix} 0.5 \\\\ -1 \\\\ -0.5 \\end{bmatrix} +"),
                sigma1.numbers().tex());
        assertEquals(bmatrix(2, S11, S12), sigma1.result().tex());
    }

    @Test
    void theWeightGradientOfLayerOneIsAtThePointsOwnInputsWithAColumnPerFeature() {
        WorkedExampleStep da1 = step(Phase.EXPAND, 1, "Weight gradient");

        assertTrue(da1.lhs().tex().contains("([0.5, -1], 1)"), da1.lhs().tex());
        assertEquals(bmatrix(2, DA1), da1.result().tex());
    }

    @Test
    void theHandoutNamesThePointByItsInputsAndSaysWhichFeaturesTheNetworkSees() {
        String md = WorkedExampleDocument.markdown(TRACE);

        assertTrue(md.contains("## Point $(\\vec{x}, y) = ([0.5, -1], 1)$"), md);
        assertTrue(md.contains("\\vec{h}_{0} = \\begin{bmatrix} x_{1} \\\\ x_{2} \\\\ x_{1} x_{2} \\end{bmatrix}"), md);
    }

    @Test
    void everyFeatureHasANameAndAFormulaOfTheInputs() {
        String[] x = {"0.5", "-1"};

        assertEquals("\\sin(\\pi x_{2})", FeatureTex.name(Feature.SIN_X2));
        assertEquals("\\sin(\\pi \\cdot (-1))", FeatureTex.at(Feature.SIN_X2, x));
        assertEquals("0.5^{2}", FeatureTex.at(Feature.X1_SQUARED, x));
        assertEquals("x^{3}", FeatureTex.name(Feature.X_CUBED));
    }
}
