package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Experiment;
import studio.backprop.testing.MemoryPreferences;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.window.MainWindow;

/** {@code --measure} end to end, with short rounds: it trains in the window, prints its rounds and pauses. */
@ExtendWith(ApplicationExtension.class)
class SpeedCheckInTheWindowTest {
    private static final Pattern ROUND = Pattern.compile(
            "  round \\d: bench ([\\d,]+) it/s, window ([\\d,]+) it/s = \\d+%, ([\\d.]+) frames/s, ([\\d.]+) redraws/s,"
            + " CPU a frame: FX thread ([\\d.]+) ms, renderer ([\\d.]+) ms; training had (\\d+)% of a core");
    private StudioModel model;

    @Start
    void start(Stage stage) {
        model = new StudioModel(Experiment.chapter());
        MainWindow window = new MainWindow(model, new ExperimentSession(new ExperimentEditor(), model,
                new Settings(new MemoryPreferences())));
        stage.setScene(BackpropStudioApp.createScene(window, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        model.close();
    }

    @Test
    void itPrintsWarmUpsUntilTheJitIsQuietThreeRoundsAndASummaryThenLeavesTrainingPaused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        SpeedCheck check = new SpeedCheck(model, Experiment.chapter(), 400, 200, 20_000,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertTrue(!check.finished());
        Platform.runLater(() -> check.start(exit::complete));

        assertEquals(0, exit.get(60, TimeUnit.SECONDS));
        assertTrue(check.finished());

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("Speed check: 1-4-2-1 on 5 points, warm-up rounds until the JIT is quiet"),
                lines.get(0));
        int warmUps = lines.size() - 5;
        assertTrue(warmUps >= 1 && warmUps <= SpeedCheck.WARM_UPS, String.join("\n", lines));
        for (String line : lines.subList(1, 1 + warmUps)) {
            assertTrue(line.matches("  warm-up \\(not counted; the JIT compiled for \\d+% of it\\): bench .*"), line);
        }
        for (String line : lines.subList(1 + warmUps, 4 + warmUps)) {
            Matcher m = ROUND.matcher(line);
            assertTrue(m.matches(), line);
            assertTrue(Long.parseLong(m.group(2).replace(",", "")) > 0, "the window trained: " + line);
            assertTrue(Double.parseDouble(m.group(3)) > 0, "the window drew frames: " + line);
            assertTrue(Integer.parseInt(m.group(7)) > 0, "the training thread's CPU was read: " + line);
        }
        assertTrue(lines.get(4 + warmUps).startsWith("Training in the window: "), lines.get(4 + warmUps));
        TrainingSnapshot last = model.getSnapshot();
        assertEquals(TrainingSnapshot.State.PAUSED, last.state());
        assertTrue(last.iteration() > 0);
    }
}
