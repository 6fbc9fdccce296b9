package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.window.ViewDeck.Arrangement;

/**
 * At 1280x800 the views are arranged for the room they have and keep their text: in presentation mode the
 * loss chart takes turns with the diagram rather than shrinking to a strip, and beside the worked example
 * one view fills the place; the side panels never squeeze the views below their minimum.
 */
class ViewDeckTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void settle(FxRobot robot, Runnable change) {
        robot.interact(change);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Arrangement arrangement() {
        return shown.window.deck().arrangement();
    }

    @Test
    void inNormalModeTheViewsStandInColumns(FxRobot robot) {
        settle(robot, () -> { });
        assertEquals(Arrangement.COLUMNS, arrangement());
    }

    @Test
    void inPresentationModeTheLossChartTakesTurnsWithTheDiagramAtItsFullHeight(FxRobot robot) {
        settle(robot, () -> shown.model.presentationProperty().set(true));
        assertEquals(Arrangement.COLUMNS_WITH_TABS, arrangement());
        front(robot);
        robot.type(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        Node loss = shown.window.loss();
        assertTrue(loss.isVisible() && loss.getParent().isVisible(), "V brought the loss chart");
        assertTrue(loss.getLayoutBounds().getHeight() > 13 * 20, "tall enough: " + loss.getLayoutBounds());
    }

    @Test
    void besideTheWorkedExampleInPresentationModeOneViewFillsThePlace(FxRobot robot) {
        settle(robot, () -> shown.model.presentationProperty().set(true));
        settle(robot, shown.window::toggleDrawer);
        assertEquals(Arrangement.TABS, arrangement());
        double width = shown.window.regression().getWidth();
        assertTrue(width > 600, "the regression alone is " + width + " px wide");
    }

    @Test
    void vShowsTheNextViewInTurn(FxRobot robot) {
        settle(robot, () -> shown.model.presentationProperty().set(true));
        settle(robot, shown.window::toggleDrawer);
        TabPane tabs = robot.from(shown.window.deck()).lookup(".view-tabs").queryAs(TabPane.class);
        int before = tabs.getSelectionModel().getSelectedIndex();
        front(robot);
        robot.type(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, tabs.getSelectionModel().getSelectedIndex());
    }

    @Test
    void openingTheWorkedExampleBesideTheExperimentPanelAt1280ClosesThePanel(FxRobot robot) {
        settle(robot, shown.window::toggleExperiment);
        settle(robot, shown.window::toggleDrawer);
        assertTrue(robot.from(shown.window).lookup("#teach").tryQuery().isPresent());
        assertFalse(robot.from(shown.window).lookup("#preset").tryQuery().map(Node::isVisible).orElse(false),
                "the experiment panel closed");
        assertTrue(shown.window.deck().getWidth() >= 40 * 14, "the views keep their minimum width: "
                + shown.window.deck().getWidth());
    }
}
