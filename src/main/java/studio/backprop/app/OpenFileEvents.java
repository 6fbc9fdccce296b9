package studio.backprop.app;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Files the system asks the running app to open. macOS passes a double-clicked file as an event, never
 * as an argument, and may pass it before the window exists: such a file waits until the window opens it.
 */
final class OpenFileEvents {
    private static final List<Path> WAITING = new ArrayList<>();
    private static Consumer<Path> opener;

    private OpenFileEvents() {
    }

    /** Before JavaFX starts, as macOS delivers the file that started the app at once. Elsewhere nothing. */
    static void listen() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac")) {
            return; // Linux and Windows pass the file as an argument; AWT stays unloaded there
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                Desktop.getDesktop().setOpenFileHandler(e -> e.getFiles().forEach(f -> deliver(f.toPath())));
            }
        } catch (UnsupportedOperationException | SecurityException e) {
            // No desktop integration: files still open from the File menu and the command line.
        }
    }

    /** From now on each file goes to {@code open}, those that came before first. Any thread. */
    static synchronized void openWith(Consumer<Path> open) {
        opener = open;
        WAITING.forEach(open);
        WAITING.clear();
    }

    static synchronized void deliver(Path file) {
        if (opener == null) {
            WAITING.add(file);
        } else {
            opener.accept(file);
        }
    }

    /** For tests: as before any window. */
    static synchronized void reset() {
        opener = null;
        WAITING.clear();
    }
}
