package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Initialization;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.StudioModel;

/**
 * Eight hidden layers of 32: the worked example keeps its typeset images within a budget (its update step
 * alone would take over 12 million pixels), and a step scrolled to is typeset again.
 */
@ExtendWith(ApplicationExtension.class)
class WideNetworkMemoryTest {
    private StudioModel model;
    private WorkedExamplePanel panel;

    @Start
    void start(Stage stage) {
        Architecture wide = Architecture.sigmoid(1, 32, 32, 32, 32, 32, 32, 32, 32, 1);
        model = new StudioModel(new Experiment(Initialization.scaledNormal(wide, 1), ChapterExample.data(), 0.01));
        panel = new WorkedExamplePanel(model);
        stage.setScene(new Scene(panel, 900, 800));
        stage.sizeToScene(); // an earlier test class may have left the stage larger, showing more formulas
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
    }

    private long pixelsKept() {
        return Fx.call(this::pixelsKeptOnFx);
    }

    private long pixelsKeptOnFx() {
        return panel.getSteps().stream().mapToLong(s -> panel.formulaView(s.phase()).pixels()).sum();
    }

    @Test
    void thePausedPanelKeepsItsImagesWithinTheBudget() {
        Fx.awaitShown(panel, model, 0);
        // The far cards are let go of once the list is laid out, which on a loaded machine may come a pulse
        // after the panel settles: the budget holds from then on.
        Fx.await("the images kept within the budget", () -> pixelsKeptOnFx() <= 2 * StepList.PIXEL_BUDGET);
        long kept = pixelsKept();
        assertTrue(kept <= 2 * StepList.PIXEL_BUDGET, kept + " pixels kept");
    }

    @Test
    void theUpdateScrolledToIsTypesetAgain() {
        Fx.awaitShown(panel, model, 0);
        Fx.run(() -> panel.scrollPane().setVvalue(1));
        Phase update = new Phase(Phase.Kind.UPDATE, 0);
        Fx.await("the update typeset", () -> Fx.call(() -> panel.formulaView(update).getImage()) != null);
        assertNotNull(Fx.call(() -> panel.formulaView(update).getImage()));
    }
}
