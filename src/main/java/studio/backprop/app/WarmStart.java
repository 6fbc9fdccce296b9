package studio.backprop.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the classes the window's first frame needs on a second core while the first parses the options
 * and starts JavaFX: from the jar, loading and verifying them is most of the start-up. Loaded, not
 * initialised, so nothing runs earlier than it would. The list (warm-start.txt) is what a start loaded
 * before its first frame (src/dist/warm-start-list remakes it); a name no longer in the jar is passed over.
 */
final class WarmStart {
    private WarmStart() {
    }

    static void begin() {
        if (Boolean.getBoolean("backprop.coldStart")) {
            return; // for remaking the list: what the start itself loads, not what the list named
        }
        Thread thread = new Thread(WarmStart::loadAll, "warm-start");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void loadAll() {
        ClassLoader loader = WarmStart.class.getClassLoader();
        try (InputStream list = WarmStart.class.getResourceAsStream("warm-start.txt")) {
            if (list == null) {
                return;
            }
            BufferedReader names = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8));
            for (String name = names.readLine(); name != null; name = names.readLine()) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // Gone from the jar since the list was made, or not for this system: skip it.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
