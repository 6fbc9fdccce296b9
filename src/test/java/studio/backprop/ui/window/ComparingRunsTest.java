package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.training.Lockstep;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Pixels;
import studio.backprop.ui.model.ComparedRun;
import studio.backprop.ui.model.StudioModel;

/** Three learning rates compared from the Compare menu: they run and pause together, three curves, three losses. */
@ExtendWith(ApplicationExtension.class)
class ComparingRunsTest {
    private StudioModel model;
    private MainWindow window;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        shown = ShownWindow.on(stage);
        model = shown.model;
        window = shown.window;
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    /** Pixels of the canvas within a small distance of the colour. */
    private static int count(Canvas canvas, Color colour) {
        Image image = Pixels.grab(canvas);
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (Pixels.distance(pixels.getColor(x, y), colour) < 0.08) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void threeRatesFromTheMenuRunAndPauseTogetherAndDrawThreeCurvesAndThreeLosses(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> model.getSnapshot() != null);
        robot.clickOn("Compare").clickOn("#compareRates");
        ShownWindow.await("three runs", () -> model.comparison().comparedProperty().get().size() == 3);
        assertTrue(robot.lookup("#runsBar").query().isVisible());

        robot.clickOn("#runPause");
        ShownWindow.await("all three past 300", () -> model.comparison().comparedProperty().get().stream()
                .allMatch(r -> r.snapshot() != null && r.snapshot().iteration() > 300));
        robot.clickOn("#runPause");
        ShownWindow.await("all three paused", () -> model.comparison().comparedProperty().get().stream()
                .allMatch(r -> !r.snapshot().running()));

        long[] at = model.comparison().comparedProperty().get().stream().map(ComparedRun::snapshot)
                .mapToLong(TrainingSnapshot::iteration).toArray();
        for (long iteration : at) {
            assertTrue(Math.abs(iteration - at[0]) <= 2 * Lockstep.SLACK, "in step: " + java.util.Arrays.toString(at));
        }
        assertEquals(0.001, model.comparison().comparedProperty().get().get(1).snapshot().learningRate(), 1e-15);
        for (int k = 0; k < 3; k++) {
            Color colour = Palette.run(k);
            assertTrue(count(window.regression().canvas(), colour) > 150, "run " + (k + 1) + "'s curve");
            assertTrue(count(window.loss().canvas(), colour) > 100, "run " + (k + 1) + "'s loss");
        }
    }
}
