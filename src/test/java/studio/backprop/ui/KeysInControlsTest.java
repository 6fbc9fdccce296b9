package studio.backprop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's single keys leave alone a control that is being typed in. */
@ExtendWith(ApplicationExtension.class)
class KeysInControlsTest {
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        shown = ShownWindow.on(stage);
        shown.window.toggleExperiment();
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    /** This window's spinner: other test classes may have left windows with one of the same id. */
    private javafx.scene.Node neurons(FxRobot robot) {
        javafx.scene.Node spinner = robot.from(shown.window).lookup("#neurons1").query();
        // Windows other test classes left open may hold the keyboard focus: take it for this one.
        robot.interact(() -> {
            ((javafx.stage.Stage) shown.window.getScene().getWindow()).toFront();
            shown.window.getScene().getWindow().requestFocus();
            spinner.requestFocus();
        });
        assertEquals(spinner, shown.window.getScene().getFocusOwner(), "the spinner has the focus");
        return spinner;
    }

    @Test
    void typingInTheNeuronSpinnerDeletesNoPointResetsNothingAndKeepsTheRate(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        shown.model.run();
        ShownWindow.await("some training", () -> shown.model.getSnapshot().iteration() > 1000);
        shown.model.pause();
        ShownWindow.await("pause", () -> !shown.model.getSnapshot().running());
        long iteration = shown.model.getSnapshot().iteration();
        neurons(robot);
        robot.type(KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.R, KeyCode.E, KeyCode.W, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(5, shown.model.getSnapshot().data().size(), "no point deleted");
        assertEquals(iteration, shown.model.getSnapshot().iteration(), "no reset, no step");
    }

    @Test
    void upInTheNeuronSpinnerAddsANeuronAndLeavesTheLearningRateAlone(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        neurons(robot);
        robot.type(KeyCode.UP);
        ShownWindow.await("five hidden neurons", () -> shown.model.getSnapshot().network().architecture().size(1) == 5);
        assertEquals(0.01, shown.model.getSnapshot().learningRate());
    }

    @Test
    void escapeWhileDraggingAPointEndsTheDragAndLeavesTheStepperOn(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        robot.interact(() -> {
            shown.window.toggleDrawer();
            shown.window.drawer().worked().next();
        });
        ShownWindow.await("the stepper", () -> shown.model.activePhaseProperty().get() != null);
        studio.backprop.engine.DataSet before = shown.model.getSnapshot().data();
        studio.backprop.ui.regression.RegressionView plot = shown.window.regression();
        javafx.geometry.Point2D from = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> plot.localToScreen(plot.pointPosition(2)));

        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).moveBy(40, 60);
        robot.type(KeyCode.ESCAPE);
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);

        assertEquals(before, shown.model.getSnapshot().data(), "the point stayed where it was");
        org.junit.jupiter.api.Assertions.assertNotNull(shown.model.activePhaseProperty().get(), "the stepper is still on");
    }
}
