package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.command.Command;

/** The commands of {@link Command} on their keys in the real window, and left alone while typing. */
@ExtendWith(ApplicationExtension.class)
class CommandKeysTest {
    private ShownWindow shown;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shown = ShownWindow.on(stage);
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    /** Gives this window's node the focus: other test classes may have left windows that hold it. */
    private void focus(FxRobot robot, Node node) {
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
            node.requestFocus();
        });
        assertEquals(node, shown.window.getScene().getFocusOwner(), "the focus is on " + node.getId());
    }

    private boolean experimentShown(FxRobot robot) {
        return robot.from(shown.window).lookup("#experimentToggle").queryAs(ToggleButton.class).isSelected();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    }

    @Test
    void everyCommandTheWindowCatchesHasAnAction() {
        assertEquals(KeyBindings.caughtByTheWindow(), KeyBindings.actions(shown.window, stage).keySet());
    }

    @Test
    void theExperimentPanelsKeyOpensIt(FxRobot robot) {
        focus(robot, shown.window.regression());
        robot.type(KeyCode.E);
        settle();
        assertTrue(experimentShown(robot));
    }

    @Test
    void theNextPhasesSecondKeyStartsSteppingThrough(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        focus(robot, shown.window.regression());
        robot.type(KeyCode.PAGE_DOWN);
        ShownWindow.await("a phase shown", () -> shown.model.activePhaseProperty().get() != null);
    }

    @Test
    void aCommandThatWaitsForTypingToEndIsNotFiredInATextField(FxRobot robot) {
        focus(robot, shown.window.controls().learningRate().field());
        robot.type(KeyCode.E);
        settle();
        assertFalse(experimentShown(robot), "E went to the field");
    }

    @Test
    void aCommandThatFiresWhileTypingIsFiredInATextField(FxRobot robot) {
        focus(robot, shown.window.controls().learningRate().field());
        robot.type(KeyCode.F5);
        settle();
        assertTrue(shown.model.presentationProperty().get(), "F5 turned presentation mode on");
    }

    @Test
    void escapeLeavesTheStepperAndGoesNoFurther(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> shown.model.getSnapshot() != null);
        List<KeyCode> reachedTheScene = escapesReachingTheScene(robot);
        robot.interact(() -> shown.window.drawer().worked().start());
        focus(robot, shown.window.regression());
        robot.type(KeyCode.ESCAPE);
        settle();
        assertNull(shown.model.activePhaseProperty().get(), "stepping left");
        assertEquals(List.of(), reachedTheScene);
    }

    @Test
    void escapeWithoutTheStepperGoesOnToTheControls(FxRobot robot) {
        List<KeyCode> reachedTheScene = escapesReachingTheScene(robot);
        focus(robot, shown.window.regression());
        robot.type(KeyCode.ESCAPE);
        settle();
        assertEquals(List.of(KeyCode.ESCAPE), reachedTheScene);
    }

    /** The Esc presses that no one consumed on their way: a handler on the scene is the last to see them. */
    private List<KeyCode> escapesReachingTheScene(FxRobot robot) {
        List<KeyCode> reached = new ArrayList<>();
        robot.interact(() -> shown.window.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                reached.add(e.getCode());
            }
        }));
        return reached;
    }
}
