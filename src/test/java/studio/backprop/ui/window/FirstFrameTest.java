package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window's first frame waits for nothing hidden: the teaching drawer is made when first shown. */
class FirstFrameTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theTeachingDrawerIsMadeWhenFirstShown(FxRobot robot) {
        assertEquals(3, shown.window.drawer().getTabs().size(), "worked example, gradient check, chapter table");
        for (Tab tab : shown.window.drawer().getTabs()) {
            assertNull(tab.getContent(), tab.getText() + " before the drawer shows");
        }
        robot.interact(shown.window::toggleDrawer);
        for (Tab tab : shown.window.drawer().getTabs()) {
            assertNotNull(tab.getContent(), tab.getText() + " once the drawer shows");
        }
    }
}
