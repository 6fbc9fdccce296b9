package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;

/** A diagram in a tab not chosen costs nothing while training runs, and is up to date once shown. */
@ExtendWith(ApplicationExtension.class)
class HiddenDiagramTest {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.chapter(0));
    private final StackPane tab = new StackPane();
    private NetworkDiagramView view;

    @Start
    void start(Stage stage) {
        view = new NetworkDiagramView(snapshot, new SimpleIntegerProperty(0));
        tab.getChildren().add(view);
        stage.setScene(new Scene(new StackPane(tab), 800, 500));
        stage.show();
    }

    @Test
    void aDiagramOutOfSightDrawsNoFrameWhateverTheSnapshots(FxRobot robot) {
        robot.interact(() -> tab.setVisible(false));
        long before = view.framesDrawn();
        for (long n = 1; n <= 5; n++) {
            long iteration = n;
            robot.interact(() -> snapshot.set(Snapshots.chapter(iteration)));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(before, view.framesDrawn());
    }

    @Test
    void aDiagramShownAgainDrawsTheNewestSnapshotWithoutWaitingForAnother(FxRobot robot) {
        robot.interact(() -> tab.setVisible(false));
        robot.interact(() -> snapshot.set(Snapshots.chapter(3)));
        WaitForAsyncUtils.waitForFxEvents();
        long hidden = view.framesDrawn();
        robot.interact(() -> tab.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.framesDrawn() > hidden, "drawn once shown");
    }
}
