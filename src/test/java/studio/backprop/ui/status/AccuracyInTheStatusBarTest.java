package studio.backprop.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.TwoInputSnapshots;

/** When the targets are classes the bar tells the accuracy beside RSS; for other targets it says nothing of it. */
@ExtendWith(ApplicationExtension.class)
class AccuracyInTheStatusBarTest {
    private final SimpleObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(TwoInputSnapshots.xor(0));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new TrainingStatusBar(snapshot), 1400, 40));
        stage.show();
    }

    private static Label accuracy(FxRobot robot) {
        return robot.lookup("#statusAccuracy").queryAs(Label.class);
    }

    @Test
    void xorAtItsStartHasHalfItsPointsRight(FxRobot robot) {
        // the weights as given put two of the four points on their class's side of 0.5
        assertEquals("accuracy 50%", accuracy(robot).getText());
    }

    @Test
    void trainedXorHasEveryPointRight(FxRobot robot) {
        robot.interact(() -> snapshot.set(TwoInputSnapshots.xor(300)));
        assertEquals("accuracy 100%", accuracy(robot).getText());
    }

    @Test
    void aHeldOutPointsAccuracyJoinsItsFit(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.withHeldOut(TwoInputSnapshots.xor(300), 2)));
        assertEquals("accuracy 100%", accuracy(robot).getText());
        String heldOut = robot.lookup("#statusHeldOutFit").queryAs(Label.class).getText();
        assertEquals(true, heldOut.endsWith(" · accuracy 100%)"), heldOut);
    }

    @Test
    void targetsThatAreNotClassesShowNoAccuracy(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.chapter(10)));
        assertFalse(accuracy(robot).isVisible());
    }
}
