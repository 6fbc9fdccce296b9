package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.training.TrainingSnapshot;

/**
 * Edits made after training, in the panel: every edit leaves a run running as it was, says what it did to
 * training, and initial weights edited from trained ones are called edited wherever they are shown or saved.
 */
@ExtendWith(ApplicationExtension.class)
class EditsMidTrainingTest {
    private static final Architecture TANH_IN_LAYER_2 = new Architecture(new int[] {1, 4, 2, 1},
            List.of(Activation.SIGMOID, Activation.TANH, Activation.SIGMOID));

    @TempDir
    Path dir;

    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new ExperimentPanel(h.session), 340, 760);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Activation> activation2(FxRobot robot) {
        return robot.lookup("#activation2").queryAs(ComboBox.class);
    }

    private static String initMethodShown(FxRobot robot) {
        return robot.lookup("#initMethod").queryAs(ComboBox.class).getButtonCell().getText();
    }

    private String notice(FxRobot robot) {
        return robot.lookup("#editNotice").queryAs(Label.class).getText();
    }

    private void trainThenChangeActivation(FxRobot robot) {
        robot.interact(() -> h.model.step(40));
        h.awaitIteration(40);
        robot.interact(() -> activation2(robot).setValue(Activation.TANH));
        h.awaitArchitecture(TANH_IN_LAYER_2);
    }

    @Test
    void anActivationChangeWhileRunningKeepsRunningFromTheEditedWeights(FxRobot robot) {
        robot.interact(() -> h.model.run());
        Harness.await("a few iterations", () -> h.model.getSnapshot().iteration() > 20);
        robot.interact(() -> activation2(robot).setValue(Activation.TANH));
        h.awaitArchitecture(TANH_IN_LAYER_2);
        Harness.await("training to go on with tanh", () -> {
            TrainingSnapshot s = h.model.getSnapshot();
            return s.running() && s.iteration() > 5 && s.network().architecture().equals(TANH_IN_LAYER_2);
        });
        assertTrue(notice(robot).startsWith("Change activation. The weights reached, edited, are the new start;"
                + " training goes on from iteration 0. Undo returns to iteration "), notice(robot));
    }

    @Test
    void aDataEditWhileRunningKeepsRunningToo(FxRobot robot) {
        robot.interact(() -> h.model.run());
        Harness.await("a few iterations", () -> h.model.getSnapshot().iteration() > 20);
        robot.interact(() -> h.editor.movePoint(1, 0.3, 0.8));
        h.awaitData(h.editor.state().data());
        Harness.await("training to go on", () -> h.model.getSnapshot().running());
        assertTrue(notice(robot).startsWith("Move point. Training goes on from iteration "), notice(robot));
    }

    @Test
    void anActivationChangeWhilePausedStaysPausedAndSaysWhereTrainingIs(FxRobot robot) {
        trainThenChangeActivation(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(h.model.getSnapshot().running());
        assertEquals("Change activation. The weights reached, edited, are the new start; paused at iteration 0."
                + " Undo returns to iteration 40.", notice(robot));
    }

    @Test
    void trainedWeightsEditedIntoTheInitialOnesAreCalledEditedInThePanel(FxRobot robot) {
        assertEquals("The chapter's weights", initMethodShown(robot));
        trainThenChangeActivation(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Edited (from the chapter's)",
                initMethodShown(robot));
    }

    @Test
    void trainedWeightsEditedIntoTheInitialOnesAreSavedAsEdited(FxRobot robot) throws IOException {
        Path drawn = dir.resolve("drawn.json");
        robot.interact(() -> assertTrue(h.session.saveAs(drawn)));
        assertFalse(Files.readString(drawn).contains("\"edited\""));
        trainThenChangeActivation(robot);
        Path edited = dir.resolve("edited.json");
        robot.interact(() -> assertTrue(h.session.saveAs(edited)));
        assertTrue(Files.readString(edited).contains("\"init\": {\"method\": \"chapter\", \"sigma\": 1.0, \"seed\": 0,"
                + " \"edited\": true}"), Files.readString(edited));
    }

    @Test
    void anActivationChangeBeforeTrainingKeepsTheChaptersOwnWeights(FxRobot robot) {
        robot.interact(() -> activation2(robot).setValue(Activation.TANH));
        h.awaitArchitecture(TANH_IN_LAYER_2);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(h.editor.state().initialEdited());
        assertEquals("The chapter's weights", initMethodShown(robot));
    }
}
