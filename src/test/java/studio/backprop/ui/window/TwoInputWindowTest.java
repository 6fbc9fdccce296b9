package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Experiment;
import studio.backprop.ui.TwoInputSnapshots;
import studio.backprop.ui.diagram.DiagramProbe;
import studio.backprop.ui.map.OutputMapView;

/** An experiment of two inputs shows the output map in the regression plot's place, and edits go through it. */
class TwoInputWindowTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private OutputMapView map() {
        return shown.window.map();
    }

    private void startXor(FxRobot robot) {
        start(robot, () -> shown.window.session().editor()
                .start(new Experiment(TwoInputSnapshots.XOR_NETWORK, TwoInputSnapshots.XOR, 0.5)));
    }

    private void startSpiral(FxRobot robot) {
        start(robot, () -> shown.window.session().editor().choosePreset("spiral"));
    }

    private void start(FxRobot robot, Runnable open) {
        front(robot);
        robot.interact(open);
        ShownWindow.await("the map drawn", () -> shown.model.getSnapshot().data().inputs() == 2
                && map().getScene() != null && map().pointPosition(0) != null);
    }

    @Test
    void twoInputsShowTheOutputMapInTheRegressionPlotsPlace(FxRobot robot) {
        startXor(robot);
        assertNull(shown.window.regression().getScene(), "the regression plot is out of the window");
        robot.interact(() -> shown.window.session().editor().start(Experiment.chapter()));
        ShownWindow.await("the regression plot back", () -> shown.window.regression().getScene() != null);
        assertNull(map().getScene(), "one input: no map");
    }

    @Test
    void onTheSpiralClickAddsAPointOfTheFirstClassAndShiftClickOneOfTheSecond(FxRobot robot) {
        startSpiral(robot);
        int n = shown.model.getSnapshot().data().size();
        robot.clickOn(screen(map().toPixel(1.0, -1.0)), MouseButton.PRIMARY);
        ShownWindow.await("a point more", () -> shown.model.getSnapshot().data().size() == n + 1);
        assertEquals(0, shown.model.getSnapshot().data().y(n));
        assertEquals(1.0, shown.model.getSnapshot().data().x(n, 0), 0.01);
        assertEquals(-1.0, shown.model.getSnapshot().data().x(n, 1), 0.01);
        robot.press(KeyCode.SHIFT).clickOn(screen(map().toPixel(-1.0, 1.0)), MouseButton.PRIMARY).release(KeyCode.SHIFT);
        ShownWindow.await("two points more", () -> shown.model.getSnapshot().data().size() == n + 2);
        assertEquals(1, shown.model.getSnapshot().data().y(n + 1), "Shift: the second class");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        ShownWindow.await("undone", () -> shown.model.getSnapshot().data().size() == n + 1);
    }

    @Test
    void onTheSaddleAClickAddsAPointAtTheTargetTypedAndACancelAddsNone(FxRobot robot) {
        start(robot, () -> shown.window.session().editor().choosePreset("saddle"));
        int n = shown.model.getSnapshot().data().size();
        robot.interact(() -> map().askTargetsWith((x1, x2, suggested) -> Optional.of(0.875)));

        robot.clickOn(screen(map().toPixel(0.9, 0.9)), MouseButton.PRIMARY);

        ShownWindow.await("a point more", () -> shown.model.getSnapshot().data().size() == n + 1);
        assertEquals(0.875, shown.model.getSnapshot().data().y(n), 0.0);
        robot.interact(() -> map().askTargetsWith((x1, x2, suggested) -> Optional.empty()));
        robot.clickOn(screen(map().toPixel(-0.9, 0.9)), MouseButton.PRIMARY);
        robot.sleep(300);
        assertEquals(n + 1, shown.model.getSnapshot().data().size(), "cancelled: no point");
    }

    @Test
    void dragMovesAPointAndRightClickRemovesOne(FxRobot robot) {
        startXor(robot);
        robot.drag(screen(map().pointPosition(3)), MouseButton.PRIMARY).dropTo(screen(map().toPixel(0.8, 0.6)));
        ShownWindow.await("point 4 moved", () -> Math.abs(shown.model.getSnapshot().data().x(3, 1) - 0.6) < 0.01);
        assertEquals(0.8, shown.model.getSnapshot().data().x(3, 0), 0.01);
        assertEquals(0, shown.model.getSnapshot().data().y(3), "its target kept");
        robot.clickOn(screen(map().pointPosition(1)), MouseButton.SECONDARY);
        ShownWindow.await("three points", () -> shown.model.getSnapshot().data().size() == 3);
    }

    @Test
    void onTheSpiralRunningThenPausingChangesTheMapAndTheNeuronMaps(FxRobot robot) {
        startSpiral(robot);
        double before = map().fieldValue(10, 30);
        int[] neuronBefore = DiagramProbe.neuronMap(shown.window.diagram(), 1, 0);
        robot.interact(() -> shown.model.run());
        ShownWindow.await("some training", () -> shown.model.getSnapshot().iteration() > 200);
        robot.interact(() -> shown.model.pause());
        ShownWindow.await("paused, the fine map drawn", () -> !shown.model.getSnapshot().running()
                && map().gridSize() == OutputMapView.FINE);
        assertNotEquals(before, map().fieldValue(10, 30), 1e-6, "the map changed");
        int[] neuronAfter = DiagramProbe.neuronMap(shown.window.diagram(), 1, 0);
        assertFalse(Arrays.equals(neuronBefore, neuronAfter), "the neuron's map changed");
    }

    private Point2D screen(Point2D p) {
        return map().localToScreen(p);
    }
}
