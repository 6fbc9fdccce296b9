package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A view copied to the clipboard as a picture for a slide, at twice its size on screen. */
class CopyingAViewTest extends WindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static Image clipboardImage(FxRobot robot) {
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> image.set(Clipboard.getSystemClipboard().getImage()));
        assertNotNull(image.get(), "a picture on the clipboard");
        return image.get();
    }

    @Test
    void ctrlShiftCCopiesTheFocusedViewAtTwiceItsSize(FxRobot robot) {
        robot.interact(() -> shown.window.loss().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Image image = clipboardImage(robot);
        assertEquals(2 * Math.ceil(shown.window.loss().getWidth()), image.getWidth(), 2);
        assertEquals("Copied the loss history view to the clipboard as a picture of " + (int) image.getWidth() + " x "
                + (int) image.getHeight() + " pixels at twice the screen size.", shown.model.noticeProperty().get());
    }

    @Test
    void aRightClickOnAViewsTitleOffersToCopyIt(FxRobot robot) {
        robot.clickOn(robot.lookup(".view-title").match((javafx.scene.control.Labeled l) -> "Network".equals(
                l.getText())).queryLabeled(), MouseButton.SECONDARY);
        robot.clickOn(robot.from(robot.listTargetWindows().stream().map(w -> (javafx.scene.Node) w.getScene().getRoot()).toList())
                .lookup(".menu-item .label").match((javafx.scene.control.Labeled l) -> l.getText()
                        .startsWith("Copy picture")).queryLabeled());
        Image image = clipboardImage(robot);
        assertEquals(2 * Math.ceil(shown.window.diagram().getWidth()), image.getWidth(), 2);
    }
}
