package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** --measure-startup prints the time from the JVM's start to the first frame shown, then exits 0. */
@ExtendWith(ApplicationExtension.class)
class StartupMeasureTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
    }

    @Test
    void theFirstFrameAfterTheStageShowsIsTimedFromTheJvmsStart(FxRobot robot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        robot.interact(() -> StartupMeasure.afterFirstFrame(stage, new PrintStream(out, true, StandardCharsets.UTF_8),
                exit::complete));
        long before = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        robot.interact(stage::show);
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        long after = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.matches("first frame \\d+ ms after the JVM started"), line);
        long ms = Long.parseLong(line.split(" ")[2]);
        assertTrue(ms >= before && ms <= after, before + " <= " + ms + " <= " + after + ": timed when the stage showed");
    }
}
