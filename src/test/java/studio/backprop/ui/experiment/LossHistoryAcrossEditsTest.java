package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.DataSet;
import studio.backprop.training.TrainingSnapshot;

/**
 * The loss chart through edits, undo, reset and files: what training did before an edit stays on the chart,
 * with the edit marked, and a saved experiment opens with its chart as it was.
 */
@ExtendWith(ApplicationExtension.class)
class LossHistoryAcrossEditsTest {
    @TempDir
    Path dir;

    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    private TrainingSnapshot trainTo(FxRobot robot, long iteration) {
        robot.interact(() -> h.model.step(iteration - h.model.getSnapshot().iteration()));
        h.awaitIteration(iteration);
        return h.model.getSnapshot();
    }

    private TrainingSnapshot movePoint(FxRobot robot) {
        robot.interact(() -> h.editor.movePoint(1, 0.3, 0.8));
        h.awaitData(h.editor.state().data());
        return h.model.getSnapshot();
    }

    @Test
    void aDataEditMidTrainingKeepsTheHistoryBeforeItAndMarksTheEdit(FxRobot robot) {
        TrainingSnapshot before = trainTo(robot, 40);

        TrainingSnapshot edited = movePoint(robot);

        assertEquals(40, edited.iteration());
        assertEquals(before.history(), edited.history());
        assertArrayEquals(new long[] {40}, edited.edits());
        TrainingSnapshot later = trainTo(robot, 60);
        assertEquals(60, later.history().size(), "one bucket an iteration, before the edit and after");
        assertEquals(before.history().last(39), later.history().last(39));
        assertArrayEquals(new long[] {40}, later.edits());
    }

    @Test
    void undoBackToAnEarlierIterationDropsTheLaterHistoryAndMarksWhereTrainingGoesOn(FxRobot robot) {
        DataSet chapters = h.editor.state().data();
        TrainingSnapshot at40 = trainTo(robot, 40);
        movePoint(robot);
        trainTo(robot, 90);

        robot.interact(() -> h.editor.undo());
        h.awaitData(chapters);
        h.awaitIteration(40);

        TrainingSnapshot back = h.model.getSnapshot();
        assertEquals(at40.history(), back.history());
        assertArrayEquals(new long[] {40}, back.edits());
    }

    @Test
    void undoingAResetBringsTheChartBackAsItWas(FxRobot robot) {
        trainTo(robot, 10);
        robot.interact(() -> h.model.setLearningRate(0.02));
        TrainingSnapshot trained = trainTo(robot, 300);
        robot.interact(() -> h.model.reset());
        h.awaitIteration(0);
        assertEquals(0, h.model.getSnapshot().history().size(), "a reset starts a fresh chart");

        robot.interact(() -> h.editor.undo());
        h.awaitIteration(300);

        assertEquals(trained.lossRecord(), h.model.getSnapshot().lossRecord());
        assertArrayEquals(new long[] {10}, h.model.getSnapshot().rateChanges());
    }

    @Test
    void aSavedExperimentOpensWithItsLossChartExactly(FxRobot robot) {
        trainTo(robot, 40);
        movePoint(robot);
        TrainingSnapshot saved = trainTo(robot, 70);
        Path file = dir.resolve("edited.json");
        robot.interact(() -> assertTrue(h.session.saveAs(file)));
        robot.interact(() -> assertTrue(h.session.choosePreset("chapter")));
        h.awaitIteration(0);

        robot.interact(() -> assertTrue(h.session.open(file)));
        h.awaitIteration(70);

        TrainingSnapshot opened = h.model.getSnapshot();
        assertEquals(saved.lossRecord(), opened.lossRecord());
        assertArrayEquals(new long[] {40}, opened.edits(), "opening a file marks no edit of its own");
    }
}
