package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.command.Command;

/** The buttons' tooltips, the menus' accelerators and the shortcuts dialog, each from its command. */
class CommandsShownTest extends WindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private String tooltip(FxRobot robot, String id) {
        return robot.from(shown.window).lookup(id).queryAs(Control.class).getTooltip().getText();
    }

    /** The window's menu item that answers to the command's key. */
    private Optional<MenuItem> menuItem(Command command) {
        return items(shown.window.menus().getMenus())
                .filter(i -> command.accelerator().equals(i.getAccelerator())).findFirst();
    }

    private static Stream<MenuItem> items(List<? extends MenuItem> items) {
        return items.stream().flatMap(i -> i instanceof Menu m ? items(m.getItems()) : Stream.of(i));
    }

    @Test
    void theTrainingButtonsTooltipsComeFromTheirCommands(FxRobot robot) {
        assertEquals(Command.RUN_PAUSE.tooltip(), tooltip(robot, "#runPause"));
        assertEquals(Command.STEP.tooltip(), tooltip(robot, "#step"));
        assertEquals(Command.RESET.tooltip(), tooltip(robot, "#reset"));
        assertEquals(Command.EXPERIMENT_PANEL.tooltip(), tooltip(robot, "#experimentToggle"));
    }

    @Test
    void thePhaseStepperButtonsTooltipsComeFromTheirCommands(FxRobot robot) {
        robot.interact(shown.window::toggleDrawer);
        assertEquals(Command.PREVIOUS_PHASE.tooltip(), tooltip(robot, "#previousPhase"));
        assertEquals(Command.NEXT_PHASE.tooltip(), tooltip(robot, "#nextPhase"));
    }

    @Test
    void theTooltipsThatSayMoreStillNameTheCommandsKeys(FxRobot robot) {
        assertEquals("Learning rate α on a log scale, 1e-4 to 10 (Up / Down: double / halve)",
                tooltip(robot, "#learningRateSlider"));
        assertEquals("The chapter's worked example for the selected point, its phase stepper (N / P) and the "
                + "gradient check (W)", tooltip(robot, "#teach"));
    }

    @Test
    void everyCommandOfTheMenusIsAMenuItemsAccelerator() {
        for (Command c : Command.values()) {
            if (c.fires() == Command.Fires.FROM_MENU) {
                assertTrue(menuItem(c).isPresent(), c + " on " + c.keysText());
            }
        }
    }

    @Test
    void theShortcutsDialogListsEveryCommandsKeysAndWhatItDoes() {
        Platform.runLater(() -> menuItem(Command.SHORTCUTS).orElseThrow().fire()); // the dialog waits for its OK
        ShownWindow.await("the shortcuts dialog", () -> onFx(CommandsShownTest::dialog).isPresent());
        Set<String> listed = onFx(() -> {
            DialogPane pane = dialog().orElseThrow();
            pane.getScene().getWindow().hide();
            return pane.getContent().lookupAll(".label").stream()
                    .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
        });
        for (Command c : Command.values()) {
            assertTrue(listed.contains(c.keysText()) && listed.contains(c.text()), c + " is listed");
        }
    }

    private static Optional<DialogPane> dialog() {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst();
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
