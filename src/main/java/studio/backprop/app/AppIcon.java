package studio.backprop.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
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

    /**
     * The icon on the stage, and on every window the app opens later (the data table, dialogs), from the
     * stage's first frame on: decoded on a thread of its own and set after that frame, as decoding six
     * PNGs and scaling them for the window manager on the FX thread held the first frame back by a tenth of
     * a second or so.
     */
    static void showAfterFirstFrame(Stage stage) {
        CompletableFuture<List<Image>> images = CompletableFuture.supplyAsync(AppIcon::images, task -> {
            Thread thread = new Thread(task, "app-icon");
            thread.setDaemon(true);
            thread.start();
        });
        FirstFrame.then(stage, () -> images.whenComplete((loaded, failed) -> {
            if (failed != null) {
                Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
                System.err.println("The app's icon could not be read: " + cause.getMessage());
                return;
            }
            Platform.runLater(() -> showOnEveryWindow(loaded));
        }));
    }

    /**
     * On every window open now without an icon (the main one, a dialog asked for at the start, such as the
     * offer of work a crash left) and on every one opened later. On the FX thread.
     */
    static synchronized void showOnEveryWindow(List<Image> images) {
        Window.getWindows().forEach(window -> showOn(window, images));
        if (onEveryWindow) {
            return;
        }
        onEveryWindow = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> showOn(window, images));
            }
        });
    }

    private static void showOn(Window window, List<Image> images) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images);
        }
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
