package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The worked example's controls at 1280x800: whole, within the panel, and the decimals as typed. */
class WorkedToolbarTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void open(FxRobot robot, boolean presentation) {
        front(robot);
        robot.interact(() -> shown.model.presentationProperty().set(presentation));
        robot.interact(shown.window::toggleDrawer);
        ShownWindow.await("a worked example", () -> shown.window.drawer().worked().traceProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void theExportButtonReadsWholeWithinThePanelInPresentationMode(FxRobot robot) {
        open(robot, true);
        Button export = shown.window.drawer().worked().toolbar().exportButton();
        assertEquals(export.getText(), ((Text) export.lookup(".text")).getText(), "not cut short");
        assertTrue(inScene(export).getMaxX() <= inScene(shown.window.drawer()).getMaxX(), "within the panel");
    }

    @Test
    void theHeadingWrapsWithinThePanelSoTheLearningRateIsSeen(FxRobot robot) {
        open(robot, true);
        Node heading = robot.from(shown.window.drawer()).lookup("#workedHeading").query();
        Node scroll = robot.from(shown.window.drawer()).lookup("#workedScroll").query();
        assertTrue(inScene(heading).getMaxX() <= inScene(scroll).getMaxX(), "the heading within the view");
    }

    @Test
    void typedDecimalsApplyOnEnterAndStayWithinOneToTen(FxRobot robot) {
        open(robot, false);
        Spinner<Integer> decimals = shown.window.drawer().worked().toolbar().decimals();
        robot.clickOn(decimals.getEditor());
        robot.interact(decimals.getEditor()::selectAll);
        robot.write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, shown.window.drawer().worked().decimalsProperty().get());
        robot.clickOn(decimals.getEditor());
        robot.interact(decimals.getEditor()::selectAll);
        robot.write("12").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, shown.window.drawer().worked().decimalsProperty().get());
    }

    @Test
    void theHandoutHasThePanelsDecimals(FxRobot robot, @TempDir Path dir) throws IOException {
        open(robot, false);
        Path file = dir.resolve("handout.md");
        robot.interact(() -> {
            shown.window.drawer().worked().decimalsProperty().set(3);
            shown.window.drawer().writeHandout(shown.window.drawer().worked().traceProperty().get(), file);
        });
        String md = Files.readString(file);
        assertTrue(md.contains("0.321"), "h_11 to 3 decimals");
        assertTrue(!md.contains("0.320821"), "not to the chapter's 6");
    }
}
