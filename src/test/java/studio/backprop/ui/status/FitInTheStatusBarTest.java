package studio.backprop.ui.status;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.training.LossHistory;
import studio.backprop.training.OptionsSnapshot;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;


/** Beside RSS the bar shows the MSE, RMSE and R^2, and the held-out points', the penalty and the epoch. */
@ExtendWith(ApplicationExtension.class)
class FitInTheStatusBarTest {
    /** The chapter's targets 0, 1, 0.5, 1, 0 lie about their mean 0.5 with a total sum of squares of 1. */
    private static final double CHAPTER_TSS = 1.0;
    private final SimpleObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        snapshot.set(Snapshots.withBeyond(Snapshots.chapter(0), new OptionsSnapshot(TrainingOptions.CHAPTER,
                BatchPosition.START, false, 0, 0, LossHistory.Frozen.EMPTY, CHAPTER_TSS, 0, 5, 0)));
        stage.setScene(new Scene(new TrainingStatusBar(snapshot), 1400, 40));
        stage.show();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theChaptersInitialRssIsReadAlsoAsMseRmseAndRSquared(FxRobot robot) {
        double rss = snapshot.get().rss(); // 1.6143...
        assertEquals(String.format(Locale.ROOT, "(MSE %.3g · RMSE %.3g · R² %.3g)", rss / 5,
                Math.sqrt(rss / 5), 1 - rss), text(robot, "#statusFit"));
        assertFalse(robot.lookup("#statusHeldOut").query().isVisible(), "nothing is held out");
        assertFalse(robot.lookup("#statusPenalty").query().isVisible(), "no penalty");
    }

    @Test
    void heldOutPointsAPenaltyAndEpochsEachShowTheirNumbers(FxRobot robot) {
        TrainingOptions options = TrainingOptions.CHAPTER.withBatchSize(2).withShuffle(OptionalLong.of(3))
                .withPenalty(new Penalty(0, 0.1)).withHeldOut(List.of(1, 3));
        robot.interact(() -> snapshot.set(Snapshots.withBeyond(snapshot.get(), new OptionsSnapshot(options,
                new BatchPosition(7, 2), true, 12.5, 0.08, LossHistory.Frozen.EMPTY, 0.5, 0, 3, 2))));

        assertEquals("Iteration 0 · epoch 7", text(robot, "#statusIteration"));
        assertEquals("held out: RSS 0.0800000", text(robot, "#statusHeldOut"));
        // The held-out targets are 1 and 1: there is no R^2 to give.
        assertEquals("(MSE 0.0400 · RMSE 0.200)", text(robot, "#statusHeldOutFit"));
        assertEquals("penalty 12.5000", text(robot, "#statusPenalty"));
    }
}
