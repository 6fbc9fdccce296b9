package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.HeavyBall;
import studio.backprop.engine.Network;
import studio.backprop.engine.Trainer;
import studio.backprop.training.TrainingSnapshot;

/** Reset, as R and the Reset button do it through the studio model, is one step that undo takes back. */
@ExtendWith(ApplicationExtension.class)
class UndoableResetTest {
    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    private TrainingSnapshot train(FxRobot robot, long iterations) {
        robot.interact(() -> h.model.step(iterations));
        h.awaitIteration(iterations);
        return h.model.getSnapshot();
    }

    private void reset(FxRobot robot) {
        robot.interact(() -> h.model.reset());
        h.awaitIteration(0);
    }

    @Test
    void undoAfterResetReturnsToTheIterationAndTheBitIdenticalWeightsReached(FxRobot robot) {
        robot.interact(() -> h.model.setLearningRate(0.02));
        TrainingSnapshot trained = train(robot, 300);
        reset(robot);
        assertEquals(Experiment.chapter().initial(), h.model.getSnapshot().network());
        assertTrue(h.editor.history().canUndo());
        assertEquals("reset", h.editor.history().undoDescription());
        robot.interact(() -> h.editor.undo());
        h.awaitIteration(300);
        TrainingSnapshot back = h.model.getSnapshot();
        assertEquals(trained.network(), back.network(), "bit for bit");
        assertEquals(0.02, back.learningRate());
        assertFalse(back.running());
    }

    @Test
    void redoAfterUndoingAResetResetsAgain(FxRobot robot) {
        train(robot, 50);
        reset(robot);
        robot.interact(() -> h.editor.undo());
        h.awaitIteration(50);
        assertEquals("reset", h.editor.history().redoDescription());
        robot.interact(() -> h.editor.redo());
        h.awaitIteration(0);
        assertEquals(Experiment.chapter().initial(), h.model.getSnapshot().network());
    }

    @Test
    void trainingAfterAnUndoneResetGoesOnWithTheOptimisersMemoryAsIfNeverReset(FxRobot robot) {
        robot.interact(() -> h.editor.setOptimizer(HeavyBall.SPEC));
        train(robot, 200);
        reset(robot);
        robot.interact(() -> h.editor.undo());
        h.awaitIteration(200);
        robot.interact(() -> h.model.step(100));
        h.awaitIteration(300);
        Experiment velocity = Experiment.chapter().withOptimizer(HeavyBall.SPEC);
        Trainer never = velocity.start();
        never.iterate(300);
        Trainer forgetful = velocity.resume(afterIterations(velocity, 200), 200);
        forgetful.iterate(100);
        assertNotEquals(never.network(), forgetful.network(), "losing the velocity shows");
        assertEquals(never.network(), h.model.getSnapshot().network(), "bit for bit");
    }

    private static Network afterIterations(Experiment experiment, long n) {
        Trainer t = experiment.start();
        t.iterate(n);
        return t.network();
    }

    @Test
    void aResetAtIterationZeroRecordsNothingToUndo(FxRobot robot) {
        robot.interact(() -> h.model.reset());
        h.awaitIteration(0);
        assertFalse(h.editor.history().canUndo());
    }

    @Test
    void aResetWhileRunningPauses(FxRobot robot) {
        robot.interact(() -> h.model.run());
        Harness.await("some iterations", () -> h.model.getSnapshot().iteration() > 10);
        reset(robot);
        assertFalse(h.model.getSnapshot().running());
    }
}
