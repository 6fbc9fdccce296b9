package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Initialization;
import studio.backprop.engine.IterationTrace;

/**
 * The cards of a 2-8-8-1 network (the spiral's shape) typeset within the panel's width, as it is in a 1280x800
 * window and in a 1920x1080 one presenting: an 8-wide matrix is set in blocks of columns rather than run off
 * to the right behind a scrollbar.
 */
class WideMatricesTest {
    private static final IterationTrace SPIRAL_SHAPE = IterationTrace.of(
            Initialization.scaledNormal(Architecture.sigmoid(2, 8, 8, 1), 3),
            new DataSet(2, 1, new double[] {0.019518, -0.004363, 0.5, -1}, new double[] {1, 0}), 0.01, 0);

    /** The widest card in pixels at that font size, the equations wrapped to {@code em} ems. */
    private static int widest(double em, double fontSize) {
        int widest = 0;
        for (PanelSteps.Step step : PanelSteps.steps(SPIRAL_SHAPE, 0, 6, em)) {
            int width = new TeXFormula(step.latex()).createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) fontSize)
                    .getIconWidth();
            widest = Math.max(widest, width);
        }
        return widest;
    }

    @Test
    void everyCardFitsThePanelOfA1280By800Window() {
        // The panel is about 540 px wide there: 24 ems of 18 px once its padding is taken off.
        int widest = widest(24, FormulaView.NORMAL_SIZE);

        assertTrue(widest <= 540 - 72, widest + " px");
    }

    @Test
    void everyCardFitsThePanelOfA1920By1080WindowPresenting() {
        // About 820 px there: 28 ems of 24 px.
        int widest = widest(28, FormulaView.PRESENTATION_SIZE);

        assertTrue(widest <= 820 - 72, widest + " px");
    }

    @Test
    void aWideMatrixIsSetInBlocksOfColumnsEachNamed() {
        String forward = PanelSteps.steps(SPIRAL_SHAPE, 0, 6, 24).get(1).latex();

        assertTrue(forward.contains("\\mathrm{columns\\ 1\\ to\\ 2}"), forward);
        assertTrue(forward.contains("\\mathrm{columns\\ 7\\ to\\ 8}"), forward);
    }

    @Test
    void aPanelWideEnoughForTheWholeMatrixShowsItWhole() {
        String forward = PanelSteps.steps(SPIRAL_SHAPE, 0, 6, 80).get(1).latex();

        assertTrue(!forward.contains("columns"), forward);
    }
}
