package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.DataSet;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.regression.RegressionView;

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
    private Node neurons(FxRobot robot) {
        Node spinner = robot.from(shown.window).lookup("#neurons1").query();
        // Windows other test classes left open may hold the keyboard focus: take it for this one.
        robot.interact(() -> {
            ((Stage) shown.window.getScene().getWindow()).toFront();
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
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
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
        // The stepper on, as N turns it on, without opening the drawer that would narrow the plot.
        robot.interact(() -> shown.model.activePhaseProperty().set(new Phase(Phase.Kind.FORWARD, 1)));
        DataSet before = shown.model.getSnapshot().data();
        RegressionView plot = shown.window.regression();

        // Events fired at the plot itself, through the scene's key filter: no screen geometry involved.
        robot.interact(() -> {
            Point2D p = plot.pointPosition(2);
            mouse(plot, MouseEvent.MOUSE_PRESSED, p.getX(), p.getY());
            mouse(plot, MouseEvent.MOUSE_DRAGGED, p.getX() + 40, p.getY() + 60);
            Event.fireEvent(plot, new KeyEvent(
                    KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
            mouse(plot, MouseEvent.MOUSE_RELEASED, p.getX() + 40, p.getY() + 60);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        assertEquals(2, shown.model.selectedPointProperty().get(), "the press took point 3");
        assertEquals(before, shown.model.getSnapshot().data(), "the point stayed where it was");
        assertNotNull(shown.model.activePhaseProperty().get(), "the stepper is still on");
    }

    private static void mouse(Node target, EventType<MouseEvent> type,
                              double x, double y) {
        Point2D scene = target.localToScene(x, y); // an event's own x, y are the scene's
        Point2D screen = target.localToScreen(x, y);
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(),
                screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, true, false, false, null));
    }
}
