package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole app started as the launcher starts it. */
class AppCloseTest {

    private static Set<Thread> trainingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("training") && t.isAlive()).collect(Collectors.toSet());
    }

    private static boolean dontSave(Node node) {
        return node instanceof Button b && "Don't Save".equals(b.getText());
    }

    @Test
    void closingTheWindowWhileTrainingRunsStopsTheTrainingThread() throws Exception {
        Set<Thread> before = trainingThreads();
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(BackpropStudioApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#runPause").tryQuery().isPresent());
        robot.clickOn("#runPause");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".training-status")
                .queryAs(StatusBar.class).getText().equals("Running"));
        Set<Thread> started = trainingThreads();
        started.removeAll(before);
        assertFalse(started.isEmpty(), "the app trains on its own thread");

        // Training is a change a file would keep, so closing asks first; Don't Save closes.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(AppCloseTest::dontSave).tryQuery()
                .isPresent());
        robot.clickOn(robot.lookup(AppCloseTest::dontSave).queryButton());
        robot.interact(stage::close);
        for (Thread t : started) {
            t.join(2000);
            assertFalse(t.isAlive(), "the training thread ends when the window closes");
        }
        FxToolkit.cleanupApplication(app);
    }
}
