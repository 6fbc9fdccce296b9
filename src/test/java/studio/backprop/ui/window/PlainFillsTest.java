package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The regions repainted at every frame while training runs (the views' headers, the status bar) have one
 * plain fill: JavaFX paints a background of layers from a cached image stretched to the region's width,
 * which cost the software renderer an eighth of its time.
 */
@ExtendWith(ApplicationExtension.class)
class PlainFillsTest {
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        shown = ShownWindow.on(stage);
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    @Test
    void everyViewHeaderHasOnePlainFill(FxRobot robot) {
        List<Region> headers = robot.lookup(".view-header").queryAllAs(Region.class).stream().toList();
        assertFalse(headers.isEmpty(), "the views have headers");
        headers.forEach(PlainFillsTest::assertOnePlainFill);
    }

    @Test
    void theStatusBarHasOnePlainFill(FxRobot robot) {
        assertOnePlainFill(robot.lookup(".training-status").queryAs(Region.class));
    }

    private static void assertOnePlainFill(Region region) {
        List<BackgroundFill> fills = region.getBackground().getFills();
        assertEquals(1, fills.size(), region.getStyleClass() + ": its fills");
        assertEquals(Insets.EMPTY, fills.get(0).getInsets(), region.getStyleClass() + ": its fill's insets");
        assertEquals(Color.class, fills.get(0).getFill().getClass(), region.getStyleClass() + ": a colour, not a gradient");
    }
}
