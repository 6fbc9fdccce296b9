package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Network;
import studio.backprop.teaching.FeaturesByHand;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.Phase.Kind;

/**
 * The panel and its stepper on a 3-2-1 network that sees x1, x2, x1*x2 of the points ([0.5, -1], 1) and
 * ([1, 1], 0) ({@link FeaturesByHand}): points named by their own inputs, h_0 by the features.
 */
@ExtendWith(ApplicationExtension.class)
class WorkedExampleFeaturesPanelTest extends PanelOnTwoPoints {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Override
    Network network() {
        return FeaturesByHand.NET;
    }

    @Test
    void theHeadingNamesThePointByItsOwnTwoInputs() {
        Fx.awaitShown(panel, model, 0);

        String heading = Fx.call(() -> ((Label) panel.lookup("#workedHeading")).getText());

        assertTrue(heading.contains("point 1 of 2:  (x, y) = ([0.5, -1], 1)"), heading);
    }

    @Test
    void theFirstForwardCardShowsHZeroAsTheNamedFeaturesOfX() {
        Fx.awaitShown(panel, model, 0);

        String forward = latex(Kind.FORWARD, 1);

        assertTrue(forward.contains("\\begin{bmatrix} x_{1} \\\\ x_{2} \\\\ x_{1} x_{2} \\end{bmatrix}"), forward);
        assertTrue(forward.contains("\\begin{bmatrix} 0.5 \\\\ -1 \\\\ 0.5 \\cdot (-1) \\end{bmatrix}"), forward);
        String caption = Fx.call(() -> panel.getSteps().stream().filter(s -> s.phase().equals(new Phase(Kind.FORWARD, 1)))
                .findFirst().orElseThrow().caption());
        assertTrue(caption.endsWith("from the features h₀ of x"), caption);
    }

    @Test
    void thePointChooserNamesThePointsByTheirOwnInputs() {
        Fx.awaitShown(panel, model, 0);

        assertEquals("point 2: ([1, 1], 0)", Fx.call(() -> {
            var choice = panel.toolbar().pointChoice();
            return choice.getConverter().toString(choice.getItems().get(1));
        }));
    }

    @Test
    void theStepperWalksEveryPhaseEachTypeset() {
        Fx.awaitShown(panel, model, 0);
        List<Phase> phases = Phase.sequence(2);

        Fx.run(panel::start);
        for (Phase phase : phases) {
            assertNull(Fx.call(() -> panel.formulaView(phase).getError()), phase + " parses");
            Fx.run(panel::next);
        }

        Fx.await("the update carried out", () -> model.getSnapshot().iteration() == 1);
    }
}
