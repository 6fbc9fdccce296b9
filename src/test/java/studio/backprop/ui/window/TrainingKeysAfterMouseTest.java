package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Activation;

/**
 * The training keys work after any mouse action that is not typing: a field gives the keys back on Enter
 * or Esc, a click on a view takes the focus, a combo box or button just used with the mouse keeps none.
 */
class TrainingKeysAfterMouseTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private long iteration() {
        return shown.model.getSnapshot().iteration();
    }

    private void rightSteps(FxRobot robot) {
        long before = iteration();
        robot.type(KeyCode.RIGHT);
        ShownWindow.await("Right stepped once", () -> iteration() == before + 1);
    }

    private Node focusOwner() {
        return shown.window.getScene().getFocusOwner();
    }

    private <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.from(shown.window).lookup(id).queryAs(type);
    }

    @Test
    void enterInTheLearningRateFieldAppliesTheRateAndGivesTheKeysBack(FxRobot robot) {
        front(robot);
        TextField field = node(robot, "#learningRateField", TextField.class);
        robot.doubleClickOn(field).eraseText(8).write("0.02").type(KeyCode.ENTER);
        ShownWindow.await("the rate applied", () -> shown.model.getSnapshot().learningRate() == 0.02);
        assertFalse(focusOwner() instanceof TextInputControl, "the field let go of the focus");
        rightSteps(robot);
    }

    @Test
    void escapeInTheRunToFieldCancelsTheTypingAndRLeavesTheFieldAlone(FxRobot robot) {
        front(robot);
        TextField field = node(robot, "#untilField", TextField.class);
        robot.clickOn(field).write("2000000").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field.getText(), "Esc took back what was typed");
        assertFalse(focusOwner() instanceof TextInputControl, "the field let go of the focus");
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", field.getText(), "R is a command, not a letter in the field");
        rightSteps(robot);
    }

    @Test
    void clickingTheDiagramAfterTypingTakesTheFocusFromTheField(FxRobot robot) {
        typeThenClick(robot, "#untilField", shown.window.diagram());
    }

    @Test
    void clickingTheLossChartAfterTypingTakesTheFocusFromTheField(FxRobot robot) {
        typeThenClick(robot, "#learningRateField", shown.window.loss());
    }

    private void typeThenClick(FxRobot robot, String field, Node view) {
        front(robot);
        robot.clickOn(node(robot, field, TextField.class)).write("12");
        robot.clickOn(view);
        assertEquals(view, focusOwner(), "the view took the focus");
        rightSteps(robot);
    }

    @Test
    void aSpeedChosenWithTheMouseLeavesSpaceToRunAndPause(FxRobot robot) {
        front(robot);
        robot.clickOn(node(robot, "#speed", ComboBox.class));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        ShownWindow.await("Space runs", () -> shown.model.getSnapshot().running());
    }

    @Test
    void aPresetChosenWithTheMouseLeavesSpaceToRunAndPause(FxRobot robot) {
        robot.interact(shown.window::toggleExperiment);
        front(robot);
        robot.clickOn(node(robot, "#preset", ComboBox.class));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.SPACE);
        ShownWindow.await("Space runs", () -> shown.model.getSnapshot().running());
    }

    @Test
    void aFeatureTickedWithTheMouseLeavesSpaceToRunAndPause(FxRobot robot) {
        robot.interact(shown.window::toggleExperiment);
        front(robot);
        robot.clickOn(node(robot, "#feature-X_SQUARED", Node.class));
        ShownWindow.await("the feature seen", () -> shown.model.getSnapshot().network().architecture().size(0) == 2);
        robot.type(KeyCode.SPACE);
        ShownWindow.await("Space runs", () -> shown.model.getSnapshot().running());
        assertEquals(2, shown.model.getSnapshot().network().architecture().size(0), "Space left the box ticked");
    }

    @Test
    void pressingCheckInTheGradientCheckLeavesRightToStep(FxRobot robot) {
        robot.interact(shown.window::toggleDrawer);
        front(robot);
        robot.interact(() -> shown.window.drawer().getSelectionModel().selectLast());
        robot.clickOn(node(robot, "#gradcheckRun", Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        rightSteps(robot);
    }

    @Test
    void arrowKeysInAnOpenMenuMoveThroughTheMenusAndStepNothing(FxRobot robot) {
        front(robot);
        robot.clickOn("File");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(0, iteration(), "no step");
    }

    @Test
    void ctrlZInTheLearningRateFieldUndoesTheLastDataEdit(FxRobot robot) {
        front(robot);
        robot.interact(() -> {
            shown.model.selectedPointProperty().set(2);
            shown.window.session().deleteSelectedPoint();
        });
        ShownWindow.await("four points", () -> shown.model.getSnapshot().data().size() == 4);
        robot.clickOn(node(robot, "#learningRateField", TextField.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        ShownWindow.await("five points again", () -> shown.model.getSnapshot().data().size() == 5);
    }

    @Test
    void downInAnActivationBoxWithTheFocusChoosesTheNextActivationAndLeavesTheRate(FxRobot robot) {
        robot.interact(shown.window::toggleExperiment);
        front(robot);
        ComboBox<?> activation = node(robot, "#activation1", ComboBox.class);
        robot.interact(activation::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Activation.TANH, activation.getValue(), "Down chose the activation after sigmoid");
        assertEquals(0.01, shown.model.getSnapshot().learningRate(), "the rate as it was");
    }
}
