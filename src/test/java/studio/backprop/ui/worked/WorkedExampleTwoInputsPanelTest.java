package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.teaching.TwoInputsByHand;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.Phase.Kind;
import studio.backprop.ui.model.StudioModel;

/**
 * The panel and its stepper on a 2-2-1 network at the points ([0.5, -1], 1) and ([1, 1], 0): the first
 * point's numbers are those worked out by hand ({@link TwoInputsByHand}).
 */
@ExtendWith(ApplicationExtension.class)
class WorkedExampleTwoInputsPanelTest {
    private static final DataSet TWO_POINTS = new DataSet(2, 1, new double[] {0.5, -1, 1, 1}, new double[] {1, 0});

    private StudioModel model;
    private WorkedExamplePanel panel;

    @Start
    void start(Stage stage) {
        model = new StudioModel(new Experiment(TwoInputsByHand.NET, TWO_POINTS, TwoInputsByHand.ALPHA));
        panel = new WorkedExamplePanel(model);
        stage.setScene(new Scene(panel, 900, 800));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
    }

    private String latex(Kind kind, int layer) {
        return Fx.call(() -> panel.formulaView(new Phase(kind, layer)).getLatex());
    }

    private static String column(double... values) {
        List<String> cells = new ArrayList<>();
        for (double v : values) {
            cells.add(String.format(Locale.ROOT, "%.6f", v));
        }
        return "\\begin{bmatrix} " + String.join(" \\\\ ", cells) + " \\end{bmatrix}";
    }

    private static void assertShows(String latex, String part) {
        assertTrue(latex.contains(part), "expected " + part + " in " + latex);
    }

    @Test
    void theHeadingNamesThePointByItsVectorX() {
        Fx.awaitShown(panel, model, 0);

        String heading = Fx.call(() -> ((Label) panel.lookup("#workedHeading")).getText());

        assertTrue(heading.contains("point 1 of 2:  (x, y) = ([0.5, -1], 1)"), heading);
    }

    @Test
    void theForwardCardMultipliesTheTwoColumnsOfA1ByTheVectorX() {
        Fx.awaitShown(panel, model, 0);

        String forward = latex(Kind.FORWARD, 1);

        assertShows(forward, "\\vec{x} = \\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}");
        assertShows(forward, "\\begin{bmatrix} 0.5 & -1 \\\\ 2 & 0.25 \\end{bmatrix} \\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}");
        assertShows(forward, "= " + column(TwoInputsByHand.S11, TwoInputsByHand.S12));
        assertShows(forward, "= " + column(TwoInputsByHand.H11, TwoInputsByHand.H12));
    }

    @Test
    void theExpansionCardShowsTheHandComputedGradientOfA1InTwoColumns() {
        Fx.awaitShown(panel, model, 0);
        double[] dA1 = TwoInputsByHand.DA1;

        String expand = latex(Kind.EXPAND, 1);

        assertShows(expand, String.format(Locale.ROOT, "\\begin{bmatrix} %.6f & %.6f \\\\ %.6f & %.6f \\end{bmatrix}",
                dA1[0], dA1[1], dA1[2], dA1[3]));
        assertShows(latex(Kind.BACKWARD, 2), "= " + column(TwoInputsByHand.DH2));
    }

    @Test
    void thePointChooserNamesEachPointByItsVectors() {
        Fx.awaitShown(panel, model, 0);

        Fx.run(() -> panel.toolbar().pointChoice().getSelectionModel().select(1));
        Fx.awaitShown(panel, model, 1);

        assertEquals("point 2: ([1, 1], 0)", Fx.call(() -> {
            var choice = panel.toolbar().pointChoice();
            return choice.getConverter().toString(choice.getValue());
        }));
        assertShows(latex(Kind.FORWARD, 1), "\\vec{x} = \\begin{bmatrix} 1 \\\\ 1 \\end{bmatrix}");
    }

    @Test
    void theStepperWalksEveryPhaseOfTheTwoLayersEachTypesetAndLitThenUpdates() {
        Fx.awaitShown(panel, model, 0);
        List<Phase> phases = Phase.sequence(2);

        Fx.run(panel::start);
        for (Phase phase : phases) {
            assertEquals(phase, Fx.call(() -> model.activePhaseProperty().get()));
            assertTrue(Fx.call(() -> panel.isHighlighted(phase)), phase + " lit");
            assertNull(Fx.call(() -> panel.formulaView(phase).getError()), phase + " parses");
            Fx.run(panel::next);
        }

        Fx.await("the update carried out", () -> model.getSnapshot().iteration() == 1);
        assertEquals(phases.get(0), Fx.call(() -> model.activePhaseProperty().get()));
    }
}
