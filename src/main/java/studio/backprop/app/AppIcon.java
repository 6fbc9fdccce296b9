package studio.backprop.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The app's icon (assets/icon/backprop-studio.svg) at the sizes window managers pick from. */
final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static boolean onEveryWindow;

    private AppIcon() {
    }

    /** The icon on every window the app opens from now on (the data table, dialogs), as on the main one. */
    static synchronized void showOnEveryWindow() {
        if (onEveryWindow) {
            return;
        }
        onEveryWindow = true;
        List<Image> images = images();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
                        stage.getIcons().setAll(images);
                    }
                }
            }
        });
    }

    static List<Image> images() {
        return SIZES.stream().map(AppIcon::image).toList();
    }

    private static Image image(int size) {
        try (InputStream png = AppIcon.class.getResourceAsStream("icon-" + size + ".png")) {
            if (png == null) {
                throw new IllegalStateException("the jar lacks its " + size + " px icon");
            }
            return new Image(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
