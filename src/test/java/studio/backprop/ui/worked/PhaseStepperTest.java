package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.Phase.Kind;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.StudioModel;

/** The phase stepper through the panel that holds it, on the chapter's 1-4-2-1 network. */
@ExtendWith(ApplicationExtension.class)
class PhaseStepperTest {
    private static final List<Phase> CHAPTER_ORDER = List.of(
            new Phase(Kind.FORWARD, 1), new Phase(Kind.FORWARD, 2), new Phase(Kind.FORWARD, 3),
            new Phase(Kind.LOSS, 0),
            new Phase(Kind.BACKWARD, 3), new Phase(Kind.BACKWARD, 2), new Phase(Kind.BACKWARD, 1),
            new Phase(Kind.EXPAND, 3), new Phase(Kind.EXPAND, 2), new Phase(Kind.EXPAND, 1),
            new Phase(Kind.SUM, 0), new Phase(Kind.UPDATE, 0));

    private StudioModel model;
    private WorkedExamplePanel panel;

    @Start
    void start(Stage stage) {
        model = new StudioModel(Experiment.chapter());
        panel = new WorkedExamplePanel(model);
        stage.setScene(new Scene(panel, 900, 700));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
    }

    private Phase active() {
        return Fx.call(() -> model.activePhaseProperty().get());
    }

    @Test
    void nextVisitsThePhasesInTheChaptersOrder() {
        Fx.awaitShown(panel, model, 0);
        List<Phase> visited = new ArrayList<>();
        Fx.run(panel::start);
        visited.add(active());
        for (int k = 1; k < CHAPTER_ORDER.size(); k++) {
            Fx.run(panel::next);
            visited.add(active());
        }
        assertEquals(CHAPTER_ORDER, visited);
    }

    @Test
    void nextAfterTheUpdateCarriesItOutAndGoesOnToTheNextIterationsForwardPass() {
        Fx.awaitShown(panel, model, 0);
        Fx.run(() -> {
            panel.start();
            CHAPTER_ORDER.subList(1, CHAPTER_ORDER.size()).forEach(p -> panel.next());
        });
        assertEquals(new Phase(Kind.UPDATE, 0), active());
        Fx.run(panel::next);
        Fx.await("iteration 1", () -> model.getSnapshot().iteration() == 1);
        assertEquals(new Phase(Kind.FORWARD, 1), active());
    }

    @Test
    void previousWalksBackAndStaysAtTheFirstPhase() {
        Fx.awaitShown(panel, model, 0);
        Fx.run(() -> {
            panel.start();
            panel.next();
            panel.next();
            panel.previous();
        });
        assertEquals(new Phase(Kind.FORWARD, 2), active());
        Fx.run(() -> {
            panel.previous();
            panel.previous();
        });
        assertEquals(new Phase(Kind.FORWARD, 1), active());
    }

    @Test
    void leavingChangesNeitherTheWeightsNorTheIteration() {
        Fx.awaitShown(panel, model, 0);
        TrainingSnapshot before = Fx.call(model::getSnapshot);
        Fx.run(() -> {
            panel.start();
            CHAPTER_ORDER.subList(1, CHAPTER_ORDER.size()).forEach(p -> panel.next());
            panel.stop();
        });
        assertNull(active());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        TrainingSnapshot after = Fx.call(model::getSnapshot);
        assertEquals(0, after.iteration());
        assertEquals(before.network(), after.network());
        assertEquals(Network.class, after.network().getClass());
        assertFalse(after.running());
    }

    @Test
    void enteringPausesTraining() {
        Fx.awaitShown(panel, model, 0);
        model.run();
        Fx.await("running", () -> model.runningProperty().get());
        Fx.run(panel::start);
        Fx.await("paused", () -> !model.runningProperty().get());
        assertEquals(new Phase(Kind.FORWARD, 1), active());
    }

    @Test
    void runningAgainLeavesStepping() {
        Fx.awaitShown(panel, model, 0);
        Fx.run(panel::start);
        model.run();
        Fx.await("stepping left", () -> model.activePhaseProperty().get() == null);
    }

    @Test
    void keysNAndPStepWhenThePanelHasFocus(FxRobot robot) {
        Fx.awaitShown(panel, model, 0);
        Fx.run(panel::requestFocus);
        robot.type(KeyCode.N);
        assertEquals(new Phase(Kind.FORWARD, 1), active(), "N enters");
        robot.type(KeyCode.PAGE_DOWN, KeyCode.N);
        assertEquals(new Phase(Kind.FORWARD, 3), active());
        robot.type(KeyCode.P);
        assertEquals(new Phase(Kind.FORWARD, 2), active());
        robot.type(KeyCode.ESCAPE);
        assertNull(active(), "Esc leaves");
    }

    @Test
    void theCaptionNamesTheActivePhase() {
        Fx.awaitShown(panel, model, 0);
        Fx.run(() -> {
            panel.start();
            panel.next();
        });
        assertEquals(new Phase(Kind.FORWARD, 2).title(),
                Fx.call(() -> panel.toolbar().stepperBar().caption().getText()));
    }
}
