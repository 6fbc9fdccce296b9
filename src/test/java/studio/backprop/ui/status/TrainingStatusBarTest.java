package studio.backprop.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.training.Failure;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;

/** The status bar says whether training runs, is paused, or failed and why. */
@ExtendWith(ApplicationExtension.class)
class TrainingStatusBarTest {
    private final SimpleObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.chapter(3));
    private TrainingStatusBar bar;

    @Start
    void start(Stage stage) {
        bar = new TrainingStatusBar(snapshot);
        stage.setScene(new Scene(bar, 900, 40));
        stage.show();
    }

    @Test
    void aPausedRunSaysPaused() {
        assertEquals("Paused", bar.getText());
    }

    @Test
    void aFailedRunSaysSoWithTheReasonAndHowToGoOn(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.failed(Snapshots.chapter(3),
                new Failure(3, "IllegalStateException: out of memory for the history"))));

        assertEquals("Training failed at iteration 3 (IllegalStateException: out of memory for the history). "
                + "Reset to start again.", bar.getText());
        assertTrue(bar.getPseudoClassStates().contains(TrainingStatusBar.FAILED));
    }

    @Test
    void aResetRunNoLongerSaysFailed(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.failed(Snapshots.chapter(3), new Failure(3, "broken"))));

        robot.interact(() -> snapshot.set(Snapshots.chapter(0)));

        assertEquals("Paused", bar.getText());
        assertFalse(bar.getPseudoClassStates().contains(TrainingStatusBar.FAILED));
    }
}
