package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXFormula;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Feature;
import studio.backprop.engine.FeatureEdit;
import studio.backprop.engine.IterationTrace;
import studio.backprop.engine.Network;
import studio.backprop.engine.WeightInit;
import studio.backprop.teaching.FeaturesByHand;

/** Every feature's name and worked-out value typesets in the panel, for data of one input and of two. */
class FeatureFormulasTest {
    @Test
    void theInputCardOfEveryTwoInputFeatureTypesets() {
        assertTypesets(2, new DataSet(2, 1, new double[] {0.5, -1}, new double[] {1}));
    }

    @Test
    void theInputCardOfEveryOneInputFeatureTypesets() {
        assertTypesets(1, new DataSet(1, 1, new double[] {-0.25}, new double[] {1}));
    }

    private static void assertTypesets(int inputs, DataSet data) {
        List<Feature> all = Feature.ofInputs(inputs);
        Network plain = WeightInit.xavier(1).draw(Architecture.sigmoid(inputs, 2, 1));
        Network seeing = FeatureEdit.seeing(plain, all, WeightInit.xavier(2));
        IterationTrace trace = IterationTrace.of(seeing, data, FeaturesByHand.ALPHA, 0);
        for (PanelSteps.Step step : PanelSteps.steps(trace, 0, 6)) {
            assertDoesNotThrow(() -> new TeXFormula(step.latex()), step.latex());
        }
    }
}
