package studio.backprop.app;

import java.util.Optional;
import java.util.logging.Logger;
import studio.backprop.cli.Cli;
import studio.backprop.cli.WindowOptions;

/**
 * The jar's entry point. It must not extend {@code Application}: a shaded jar whose main class does
 * cannot start JavaFX from the class path. With a subcommand it runs the command line headless; with
 * {@code --screenshot} it starts JavaFX on Monocle's headless screen; otherwise it opens the window.
 */
public final class Launcher {
    /**
     * JavaFX's own logger. Held here, as java.util.logging forgets a logger's settings once nobody holds it.
     * JavaFX warns on every start that it was loaded from the class path, which is how this jar and the
     * installed app carry it on purpose (see dist.xml); the warning only puzzles a student in a terminal.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isSubcommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        WarmStart.begin();
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        int[] exit = new int[1];
        Optional<WindowOptions> options = Cli.windowOptions(args, System.out, System.err, exit);
        if (options.isEmpty()) {
            System.exit(exit[0]);
        }
        WindowOptions window = options.get();
        if (window.screenshot() != null) {
            useHeadlessScreen(window.width(), window.height());
        } else if (window.measure() == 0 && !window.measureStartup()) {
            RunningApp running = RunningApp.forUser();
            // As the installers start it for a file opened from the desktop: the running window takes it.
            if (args.length == 1 && window.openFile() != null && running.handOver(window.openFile())) {
                System.exit(0);
            }
            OpenFileEvents.listen();
            running.listen(OpenFileEvents::deliver);
        }
        BackpropStudioApp.launchWith(window);
        System.exit(BackpropStudioApp.exitCode());
    }

    /** Monocle's headless glass: no display needed; its screen made as large as the window. */
    private static void useHeadlessScreen(int width, int height) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
    }

}
