package studio.backprop.app;

import java.util.Optional;
import studio.backprop.cli.Cli;
import studio.backprop.cli.WindowOptions;

/**
 * The jar's entry point. It must not extend {@code Application}: a shaded jar whose main class does
 * cannot start JavaFX from the class path. With a subcommand it runs the command line headless; with
 * {@code --screenshot} it starts JavaFX on Monocle's headless screen; otherwise it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isSubcommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        WarmStart.begin();
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
