package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;

/** The panel's batches, penalty and held-out points: each control one undoable edit the trainer takes up. */
@ExtendWith(ApplicationExtension.class)
class TrainingOptionsEditorTest {
    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new TrainingOptionsEditor(h.editor), 380, 400);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @Test
    void aTypedBatchSizeTrainsInBatchesAndUndoes(FxRobot robot) {
        robot.clickOn("#batchSize").write("2").type(KeyCode.ENTER);

        assertEquals(2, h.editor.state().options().batchSize());
        Harness.await("the trainer to train in batches", () -> h.model.getSnapshot().beyond().batched());
        robot.interact(h.editor::undo);
        assertEquals(TrainingOptions.CHAPTER, h.editor.state().options());
    }

    @Test
    void shufflingTakesTheSeedTyped(FxRobot robot) {
        robot.clickOn("#shuffle");
        assertEquals(OptionalLong.of(1), h.editor.state().options().shuffle());

        robot.doubleClickOn("#shuffleSeed").eraseText(2).write("42").type(KeyCode.ENTER);

        assertEquals(OptionalLong.of(42), h.editor.state().options().shuffle());
    }

    @Test
    void thePenaltiesAreTypedApart(FxRobot robot) {
        robot.doubleClickOn("#l2").eraseText(2).write("0.01").type(KeyCode.ENTER);
        robot.doubleClickOn("#l1").eraseText(2).write("0.002").type(KeyCode.ENTER);

        assertEquals(new Penalty(0.002, 0.01), h.editor.state().options().penalty());
        Harness.await("the trainer to measure the penalty", () -> h.model.getSnapshot().beyond().penalty() > 0);
    }

    @Test
    void aNegativeLambdaIsRefusedInPlaceAndChangesNothing(FxRobot robot) {
        robot.doubleClickOn("#l2").eraseText(2).write("-1").type(KeyCode.ENTER);

        assertEquals(Penalty.NONE, h.editor.state().options().penalty());
        assertTrue(robot.lookup("#l2").query().getStyleClass().contains("invalid"));
    }

    @Test
    void holdingOutAFractionNamesThePointsAndTrainingOnAllTakesThemBack(FxRobot robot) {
        robot.doubleClickOn("#holdOutFraction").eraseText(4).write("0.4");
        robot.clickOn("#holdOut");

        List<Integer> held = h.editor.state().options().heldOut();
        assertEquals(2, held.size());
        assertEquals(TrainingOptions.randomFraction(5, 0.4, 1), held);
        String said = robot.lookup("#heldOutPoints").queryAs(Label.class).getText();
        assertTrue(said.startsWith("2 of 5 points held out: " + (held.get(0) + 1) + ", " + (held.get(1) + 1)), said);
        Harness.await("the trainer to hold them out", () -> h.model.getSnapshot().beyond().holdsOut());

        robot.clickOn("#trainOnAll");

        assertTrue(h.editor.state().options().heldOut().isEmpty());
    }
}
