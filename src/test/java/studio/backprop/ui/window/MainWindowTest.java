package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.Fixtures;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.status.TrainingStatusBar;

/** The real window, its real controls clicked and keys pressed, headless. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private StudioModel model;
    private MainWindow window;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        ShownWindow shown = ShownWindow.on(stage);
        model = shown.model;
        window = shown.window;
        this.shown = shown;
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    private static void await(String what, BooleanSupplier condition) {
        ShownWindow.await(what, condition);
    }

    private TrainingSnapshot snapshot() {
        return model.getSnapshot();
    }

    private boolean pausedAt(long iteration) {
        TrainingSnapshot s = snapshot();
        return s != null && s.iteration() == iteration && !s.running();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void stepAdvancesExactlyOneIterationAndTheStatusBarShowsTheEnginesRss(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        robot.clickOn("#step");
        await("one iteration", () -> pausedAt(1));
        WaitForAsyncUtils.waitForFxEvents();
        Trainer engine = Experiment.chapter().start();
        engine.iterate();
        assertEquals("RSS " + TrainingStatusBar.formatRss(engine.rss()), text(robot, "#statusRss"));
        assertEquals("Iteration 1", text(robot, "#statusIteration"));
    }

    @Test
    void tenStepsReachTheChaptersValuesAfterTenIterations(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        for (int k = 0; k < 10; k++) {
            robot.clickOn("#step");
        }
        await("ten iterations", () -> pausedAt(10));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.730, Double.parseDouble(text(robot, "#statusRss").substring(4)), 0.0005);
    }

    @Test
    void runThenPauseStopsTheCount(FxRobot robot) throws InterruptedException {
        await("the first snapshot", () -> pausedAt(0));
        robot.clickOn("#runPause");
        await("training to run", () -> snapshot().iteration() > 1000);
        robot.clickOn("#runPause");
        await("pause", () -> !snapshot().running());
        long stopped = snapshot().iteration();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stopped, snapshot().iteration());
        assertEquals("Run", robot.lookup("#runPause").queryButton().getText());
    }

    @Test
    void resetReturnsToIterationZeroAndTheInitialRss(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        robot.clickOn("#stepN").clickOn("#step100");
        await("100 iterations", () -> pausedAt(100));
        robot.clickOn("#reset");
        await("reset", () -> pausedAt(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("RSS " + TrainingStatusBar.formatRss(Experiment.chapter().start().rss()), text(robot, "#statusRss"));
        assertEquals(1.614, Double.parseDouble(text(robot, "#statusRss").substring(4)), 0.0005);
        assertEquals(0, snapshot().history().size());
    }

    @Test
    void aLearningRateTypedWithADecimalCommaIsTaken(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        robot.doubleClickOn("#learningRateField").eraseText(8).write("0,05").type(KeyCode.ENTER);
        await("the new rate", () -> snapshot().learningRate() == 0.05);
    }

    @Test
    void aLearningRateTypedAsOneThousandWithACommaIsRefused(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        robot.doubleClickOn("#learningRateField").eraseText(8).write("1,000").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertEquals(0.01, snapshot().learningRate(), "not 1, nor 1000");
        assertTrue(robot.lookup("#learningRateField").query().getStyleClass().contains("invalid"));
    }

    @Test
    void aLearningRateTypedDuringARunIsTheOneUsedFromThenOn(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        robot.clickOn("#runPause");
        await("training to run", () -> snapshot().iteration() > 1000);
        robot.doubleClickOn("#learningRateField").eraseText(8).write("0.05").type(KeyCode.ENTER);
        await("the new rate to land", () -> snapshot().rateChanges().length == 1
                && snapshot().iteration() > snapshot().rateChanges()[0] + 100);
        robot.clickOn("#runPause");
        await("pause", () -> !snapshot().running());
        TrainingSnapshot s = snapshot();
        long changedAt = s.rateChanges()[0];
        Trainer engine = Experiment.chapter().start();
        engine.iterate(changedAt);
        engine.setLearningRate(0.05);
        engine.iterate(s.iteration() - changedAt);
        assertEquals(engine.network(), s.network(), "the same weights as the engine on the same schedule");
        assertEquals(0.05, s.learningRate());
    }

    @Test
    void keysRunPauseStepResetAndScaleTheLearningRate(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        robot.type(KeyCode.RIGHT);
        await("Right steps once", () -> pausedAt(1));
        robot.type(KeyCode.UP);
        await("Up doubles the rate", () -> snapshot().learningRate() == 0.02);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        await("Down halves it", () -> snapshot().learningRate() == 0.005);
        robot.type(KeyCode.SPACE);
        await("Space runs", () -> snapshot().running() && snapshot().iteration() > 100);
        robot.type(KeyCode.SPACE);
        await("Space pauses", () -> !snapshot().running());
        robot.type(KeyCode.R);
        await("R resets", () -> pausedAt(0));
        robot.type(KeyCode.F12);
        assertTrue(window.frameRate().isVisible(), "F12 shows the frame rate");
    }

    @Test
    void theFxThreadKeepsAnsweringWhileTrainingRunsUnlimited(FxRobot robot) throws InterruptedException {
        await("the first snapshot", () -> pausedAt(0));
        robot.clickOn("#runPause");
        await("training to run", () -> snapshot().iteration() > 10_000);
        long worst = 0;
        for (int k = 0; k < 20; k++) {
            CountDownLatch answered = new CountDownLatch(1);
            long sent = System.nanoTime();
            Platform.runLater(answered::countDown);
            assertTrue(answered.await(2, TimeUnit.SECONDS), "the FX thread answers");
            worst = Math.max(worst, System.nanoTime() - sent);
        }
        long shown = model.snapshotsShown();
        await("more snapshots while training runs", () -> model.snapshotsShown() > shown + 5);
        assertTrue(worst < 1_000_000_000L, "slowest answer " + worst / 1e6 + " ms");
    }

    @Test
    void divergenceAtRateTenOnALinearNetworkIsCaughtAndTheLastGoodStateKept(FxRobot robot) {
        await("the first snapshot", () -> pausedAt(0));
        model.load(Fixtures.diverging());
        await("the linear network", () -> snapshot().network().architecture().activation(1) == Activation.LINEAR);
        robot.clickOn("#runPause");
        await("divergence", () -> model.divergenceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TrainingSnapshot s = snapshot();
        assertFalse(s.running());
        assertTrue(s.network().isFinite() && Double.isFinite(s.rss()), "the last good state is finite");
        assertEquals(s.divergence().keptIteration(), s.iteration());
        assertTrue(robot.lookup("#divergenceBanner").query().isVisible(), "the banner says what happened");
        robot.clickOn("#halveRate");
        await("the rate halved", () -> snapshot().learningRate() == 5.0);
        assertFalse(robot.lookup("#divergenceBanner").query().isVisible());
    }
}
