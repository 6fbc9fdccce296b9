package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.StudioModel;

/** The panel and its stepper for another update than the chapter's: a batch of two, and momentum. */
@ExtendWith(ApplicationExtension.class)
class WorkedExampleBeyondTheChapterTest {
    private StudioModel model;
    private WorkedExamplePanel panel;

    /** Opens the panel on {@code experiment} after {@code iterations} updates, point {@code point} selected. */
    private void open(Experiment experiment, int iterations, int point) {
        model = new StudioModel(experiment);
        if (iterations > 0) {
            model.step(iterations);
            Fx.await(iterations + " iterations", () -> model.getSnapshot() != null
                    && model.getSnapshot().iteration() == iterations && !model.getSnapshot().running());
        }
        panel = Fx.call(() -> {
            model.selectedPointProperty().set(point);
            WorkedExamplePanel p = new WorkedExamplePanel(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(p, 900, 700));
            stage.show();
            return p;
        });
    }

    /** Waits until the panel shows data point {@code shown} of the newest snapshot, every formula typeset. */
    private void awaitShowing(int shown) {
        Fx.await("point " + (shown + 1) + " shown", () -> {
            TrainingSnapshot s = model.getSnapshot();
            return s != null && panel.getShownPoint() == shown && panel.traceProperty().get() != null
                    && panel.traceProperty().get().before() == s.network() && panel.isSettled();
        });
    }

    /** Enters the stepper and walks it to {@code phase}. */
    private void stepTo(Phase phase) {
        Fx.run(() -> {
            panel.start();
            while (!phase.equals(model.activePhaseProperty().get())) {
                panel.next();
            }
        });
    }

    private String heading() {
        return Fx.call(() -> ((javafx.scene.control.Label) panel.lookup("#workedHeading")).getText());
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
        Fx.run(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    private static Experiment batchesOfTwo() {
        return Experiment.chapter().withOptimizer(OptimizerSpec.of("sgd", Map.of()))
                .withOptions(TrainingOptions.CHAPTER.withBatchSize(2));
    }

    @Test
    void aSelectedPointOutsideTheBatchGivesWayToTheBatchsFirstAndTheHeadingAndStepperNameTheBatch() {
        open(batchesOfTwo(), 1, 0);
        awaitShowing(2);
        String heading = heading();
        assertTrue(heading.contains("point 3 of 5:  (x, y) = ([0.5], 0.5)"), heading);
        assertTrue(heading.contains("batch: points 3, 4 of 5"), heading);
        assertTrue(heading.endsWith("selected point 1 is not in this batch"), heading);
        assertEquals("Sum over the batch B: points 3, 4 of 5",
                Fx.call(() -> panel.formulaView(new Phase(Phase.Kind.SUM, 0)).captionProperty().get()));
        stepTo(new Phase(Phase.Kind.SUM, 0));
        assertEquals("Sum over the batch: points 3, 4 of 5",
                Fx.call(() -> panel.toolbar().stepperBar().caption().getText()));
    }

    @Test
    void anOptimiserChosenBeforeTrainingIsTheOneWorkedOut() {
        open(Experiment.chapter(), 0, 0);
        awaitShowing(0);
        model.load(Experiment.chapter().withOptimizer(OptimizerSpec.of("adam", Map.of())));
        Fx.await("Adam's update shown", () -> panel.formulaView(new Phase(Phase.Kind.UPDATE, 0)).getLatex()
                .contains("\\hat{M}_{1}"));
        assertTrue(heading().endsWith("Adam, β₁\u00a0=\u00a00.9, β₂\u00a0=\u00a00.999, ε\u00a0=\u00a010⁻⁸"), heading());
    }

    @Test
    void aSelectedPointInTheBatchIsTheOneWorkedOut() {
        open(batchesOfTwo(), 1, 3);
        awaitShowing(3);
        assertTrue(Fx.call(() -> panel.formulaView(new Phase(Phase.Kind.FORWARD, 1)).getLatex())
                .contains("\\vec{x} = \\begin{bmatrix} 0.75 \\end{bmatrix}"));
        assertTrue(heading().contains("point 4 of 5:  (x, y) = ([0.75], 1)"), heading());
        assertFalse(heading().contains("not in this batch"), heading());
    }

    @Test
    void theStepperAndTheUpdateCardWriteMomentumsRule() {
        open(Experiment.chapter().withOptimizer(OptimizerSpec.of("momentum", Map.of())), 2, 0);
        awaitShowing(0);
        stepTo(new Phase(Phase.Kind.UPDATE, 0));
        assertEquals("Update (momentum): velocity V_l = μ V_l + dRSS/dA_l, then A_l − α V_l; b_l likewise",
                Fx.call(() -> panel.toolbar().stepperBar().caption().getText()));
        String update = Fx.call(() -> panel.formulaView(new Phase(Phase.Kind.UPDATE, 0)).getLatex());
        assertTrue(update.contains("V_{1} &\\to \\mu V_{1} + \\frac{\\partial \\mathrm{RSS}}{\\partial A_{1}} = 0.9 "), update);
        assertEquals("Momentum with α = 0.01, μ\u00a0=\u00a00.9: the weights of iteration 3",
                Fx.call(() -> panel.formulaView(new Phase(Phase.Kind.UPDATE, 0)).captionProperty().get()));
        // A wrapped heading never parts a setting's symbol from its value.
        assertTrue(heading().endsWith("α = 0.01   ·   momentum, μ\u00a0=\u00a00.9"), heading());
    }
}
