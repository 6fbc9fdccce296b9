package studio.backprop.ui.loss;

import java.util.List;
import java.util.stream.LongStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.training.LossHistory;
import studio.backprop.training.OptionsSnapshot;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Pixels;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** The held-out RSS is a second curve in the same axes: where the two part, the network overfits. */
@ExtendWith(ApplicationExtension.class)
class HeldOutCurveTest {
    private static final int N = 200;
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.syntheticHistory(N));
    private LossHistoryView view;

    @Start
    void start(Stage stage) {
        view = new LossHistoryView(snapshot);
        stage.setScene(new Scene(view, 640, 400));
        stage.show();
    }

    /** Held-out RSS that falls, then rises from iteration 50 on: 2 at 0, 0.5 at 50, 2 again at 200. */
    private static double heldOut(long k) {
        return k <= 50 ? 2 - 1.5 * k / 50.0 : 0.5 + 1.5 * (k - 50) / 150.0;
    }

    private void holdOut(FxRobot robot) {
        LossHistory h = new LossHistory();
        for (long k = 0; k < N; k++) {
            h.add(k, heldOut(k));
        }
        robot.interact(() -> snapshot.set(Snapshots.withBeyond(snapshot.get(), new OptionsSnapshot(
                TrainingOptions.CHAPTER.withHeldOut(List.of(0)), BatchPosition.START, false, 0, heldOut(N), h.freeze(),
                1, 0, 4, 1))));
    }

    @Test
    void theHeldOutRssIsDrawnBesideTheTrainingRss(FxRobot robot) {
        Image before = Pixels.grab(view.canvas());
        assertFalse(Pixels.near(before, view.xOf(150), view.yOf(heldOut(150)), 1, Palette.LOSS));

        holdOut(robot);
        Image image = Pixels.grab(view.canvas());

        for (long k : new long[] {20, 100, 150}) {
            // Dashed: one of a few points along it falls on a dash.
            assertTrue(LongStream.of(k - 3, k, k + 3).anyMatch(
                    j -> Pixels.near(image, view.xOf(j), view.yOf(heldOut(j)), 2, Palette.LOSS)), "held out at " + k);
            assertTrue(Pixels.near(image, view.xOf(k), view.yOf(1.0 / (1 + k)), 2, Palette.LOSS), "training at " + k);
        }
    }

    @Test
    void theHoverReadsBothCurves(FxRobot robot) {
        holdOut(robot);
        robot.moveTo(view.localToScreen(view.xOf(100), view.chart().top() + 10));

        String said = view.readout();
        assertTrue(said != null && said.contains("held out: RSS 1"), said);
        // The one held-out target has no spread: R² is left out, and the hover says why.
        assertTrue(said.endsWith("; no R²: the targets are all equal)"), said);
    }
}
