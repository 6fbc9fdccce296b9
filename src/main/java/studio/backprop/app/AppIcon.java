package studio.backprop.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;

/** The app's icon (assets/icon/backprop-studio.svg) at the sizes window managers pick from. */
final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
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
