package studio.backprop.ui.edit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The experiments opened or saved last, most recent first, kept in the user's preferences. */
public final class RecentFiles {
    public static final int LIMIT = 8;
    private static final String KEY = "file.";

    private final Preferences node;

    /** @param node where the list lives; tests pass one of their own */
    public RecentFiles(Preferences node) {
        this.node = node;
    }

    /** Absolute paths, most recent first, at most {@link #LIMIT}. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < LIMIT; k++) {
            String value = node.get(KEY + k, null);
            if (value == null) {
                break;
            }
            try {
                files.add(Path.of(value));
            } catch (InvalidPathException e) {
                // A preferences store edited by hand or written on another system: skip the entry.
            }
        }
        return files;
    }

    /** Puts the file first; an older entry for it moves up rather than repeating. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        store(files);
    }

    /** For a file that is gone: the menu stops offering it. */
    public void remove(Path file) {
        List<Path> files = list();
        files.remove(file.toAbsolutePath().normalize());
        store(files);
    }

    public void clear() {
        store(List.of());
    }

    private void store(List<Path> files) {
        for (int k = 0; k < LIMIT; k++) {
            if (k < files.size()) {
                node.put(KEY + k, files.get(k).toString());
            } else {
                node.remove(KEY + k);
            }
        }
    }
}
