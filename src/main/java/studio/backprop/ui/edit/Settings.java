package studio.backprop.ui.edit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, in java.util.prefs: the theme, presentation mode, the last
 * experiment, the window size and the recent files. Every read has a default, so a missing or damaged
 * store only means starting as new.
 */
public final class Settings {
    public enum Theme { LIGHT, DARK }

    /** The window's size in pixels. */
    public record WindowSize(int width, int height) {
    }

    public static final WindowSize DEFAULT_WINDOW = new WindowSize(1280, 800);

    private final Preferences node;

    /** The user's own settings. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("/studio/backprop"));
    }

    /** @param node where the settings live; tests pass one of their own */
    public Settings(Preferences node) {
        this.node = node;
    }

    public Theme theme() {
        try {
            return Theme.valueOf(node.get("theme", Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    public void setTheme(Theme theme) {
        node.put("theme", theme.name());
    }

    public boolean presentationMode() {
        return node.getBoolean("presentationMode", false);
    }

    public void setPresentationMode(boolean on) {
        node.putBoolean("presentationMode", on);
    }

    /** The experiment open when the app last closed, if any. */
    public Optional<Path> lastExperiment() {
        String value = node.get("lastExperiment", null);
        try {
            return Optional.ofNullable(value).map(Path::of);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** @param file null when no file was open */
    public void setLastExperiment(Path file) {
        if (file == null) {
            node.remove("lastExperiment");
        } else {
            node.put("lastExperiment", file.toAbsolutePath().normalize().toString());
        }
    }

    /** The last window size, or 1280x800; sizes below 640x400 are taken as damage. */
    public WindowSize windowSize() {
        int width = node.getInt("windowWidth", DEFAULT_WINDOW.width());
        int height = node.getInt("windowHeight", DEFAULT_WINDOW.height());
        return width < 640 || height < 400 ? DEFAULT_WINDOW : new WindowSize(width, height);
    }

    public void setWindowSize(WindowSize size) {
        node.putInt("windowWidth", size.width());
        node.putInt("windowHeight", size.height());
    }

    /** Threads that share each iteration's sums, or {@code fallback} when none was chosen. */
    public int trainingThreads(int fallback) {
        return node.getInt("trainingThreads", fallback);
    }

    public void setTrainingThreads(int threads) {
        node.putInt("trainingThreads", threads);
    }

    public RecentFiles recentFiles() {
        return new RecentFiles(node.node("recent"));
    }
}
