package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Activation;

/** What an edit did to training is said in the status bar, where it is seen with the panel closed. */
class StatusBarNoticeTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void anActivationChangeSaysInTheStatusBarWhatBecameOfTraining(FxRobot robot) {
        front(robot);
        shown.model.step(5);
        ShownWindow.await("iteration 5", () -> shown.model.getSnapshot().iteration() == 5);
        robot.interact(() -> shown.window.session().editor().setActivation(1, Activation.TANH));
        ShownWindow.await("a notice", () -> !shown.model.noticeProperty().get().isEmpty());
        robot.interact(() -> assertEquals("Paused   ·   " + shown.model.noticeProperty().get(),
                shown.window.status().getText()));
    }
}
