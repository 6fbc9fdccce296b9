package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Initialization;

/**
 * Eight hidden layers of 32 neurons with the worked example open: the window keeps answering while it
 * trains, and Pause takes effect at once. Bounds are generous for a loaded two-core machine; before the
 * fix the window stopped answering for seconds.
 */
class WideNetworkPauseTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theWindowAnswersAndPausesAtOnceWhileAWideNetworkTrainsBesideTheWorkedExample(FxRobot robot)
            throws InterruptedException {
        front(robot);
        Architecture wide = Architecture.sigmoid(1, 32, 32, 32, 32, 32, 32, 32, 32, 1);
        Experiment e = new Experiment(Initialization.scaledNormal(wide, 1), ChapterExample.data(), 0.01);
        robot.interact(() -> shown.model.load(e));
        robot.interact(shown.window::toggleDrawer);
        Thread.sleep(1500);
        robot.interact(shown.model::run);
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + 4_000_000_000L;
        while (System.nanoTime() < end) {
            latencies.add(answerMillis(() -> { }));
            Thread.sleep(50);
        }
        Collections.sort(latencies);
        long median = latencies.get(latencies.size() / 2);
        assertTrue(median < 500, "the window answers in " + median + " ms (median)");
        long pause = answerMillis(shown.model::pause);
        long start = System.nanoTime();
        ShownWindow.await("paused", () -> !shown.model.getSnapshot().running());
        long paused = pause + (System.nanoTime() - start) / 1_000_000;
        assertTrue(paused < 1000, "Pause took " + paused + " ms");
    }

    /** How long the FX thread takes to run {@code action}, from asking. */
    private static long answerMillis(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long asked = System.nanoTime();
        Platform.runLater(() -> {
            action.run();
            done.countDown();
        });
        assertTrue(done.await(30, TimeUnit.SECONDS), "the FX thread answered");
        return (System.nanoTime() - asked) / 1_000_000;
    }
}
