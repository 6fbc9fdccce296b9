package studio.backprop.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.function.IntConsumer;
import javafx.stage.Stage;

/**
 * {@code --measure-startup}: the milliseconds from the JVM's start (as the operating system started the
 * process, {@code RuntimeMXBean.getStartTime}) to the first pulse after the stage shows, the pulse that
 * paints its first frame. Then the app exits.
 */
final class StartupMeasure {
    private StartupMeasure() {
    }

    static void afterFirstFrame(Stage stage, PrintStream out, IntConsumer exit) {
        FirstFrame.then(stage, () -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("first frame " + ms + " ms after the JVM started");
            exit.accept(0);
        });
    }
}
