package studio.backprop.ui.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Pixels;
import studio.backprop.ui.edit.ExperimentEditor;

/** The plot wired to the app's own editor, on the chapter's data: a grab changes only what the pointer moved. */
@ExtendWith(ApplicationExtension.class)
class GrabbingAPointTest {
    private static final int POINT = 1;
    /** Where the pointer grabs the point: off its centre, inside the pick radius. */
    private static final Point2D OFF_CENTRE = new Point2D(4, -3);
    private final ExperimentEditor editor = new ExperimentEditor();
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>();
    private RegressionView view;

    @Start
    void start(Stage stage) {
        snapshot.set(Snapshots.trained(editor.state().experiment(), 0));
        editor.stateProperty().addListener((obs, old, s) -> snapshot.set(Snapshots.trained(editor.state().experiment(), 0)));
        view = new RegressionView(snapshot, new SimpleIntegerProperty(-1));
        view.pointEditsProperty().set(new PointEdits() {
            @Override
            public void add(double x, double y) {
                editor.addPoint(x, y);
            }

            @Override
            public void move(int k, double x, double y) {
                editor.movePoint(k, x, y);
            }

            @Override
            public void delete(int k) {
                editor.deletePoint(k);
            }
        });
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void pressingAndReleasingOnAPointLeavesTheChaptersDataBitForBitAndNothingToUndo(FxRobot robot) {
        Pixels.grab(view.canvas());
        robot.moveTo(grip()).press(MouseButton.PRIMARY).release(MouseButton.PRIMARY);
        assertTheChaptersDataAndNothingToUndo();
    }

    @Test
    void aWobbleThatEndsWhereItStartedLeavesTheDataAsItWasAndNothingToUndo(FxRobot robot) {
        Pixels.grab(view.canvas());
        robot.moveTo(grip()).press(MouseButton.PRIMARY).moveBy(6, 0).moveBy(-6, 0).release(MouseButton.PRIMARY);
        assertTheChaptersDataAndNothingToUndo();
    }

    @Test
    void aPointGrabbedOffCentreDoesNotJumpToThePointer(FxRobot robot) {
        Pixels.grab(view.canvas());
        Point2D centre = view.pointPosition(POINT);
        robot.moveTo(grip()).press(MouseButton.PRIMARY).moveBy(0, 12);
        Pixels.grab(view.canvas());
        Point2D shown = view.pointPosition(POINT);
        robot.release(MouseButton.PRIMARY);
        assertEquals(centre.getX(), shown.getX(), 0.5, "no sideways jump");
        assertEquals(centre.getY() + 12, shown.getY(), 0.5, "down by the pointer's 12 px");
    }

    @Test
    void aVerticalDragKeepsXBitForBitAndMovesYByThePointersMotion(FxRobot robot) {
        double perPixel = yPerPixel();
        drag(0, 40);
        DataSet before = Experiment.chapter().data();
        DataSet after = editor.state().experiment().data();
        assertEquals(Double.doubleToLongBits(before.x(POINT)), Double.doubleToLongBits(after.x(POINT)));
        assertEquals(before.y(POINT) - 40 * perPixel, after.y(POINT), perPixel / 2);
        assertTrue(editor.history().canUndo());
    }

    @Test
    void aDiagonalDragMovesThePointByTheDataSpaceEquivalentOfThePointersMotion(FxRobot robot) {
        double xPerPixel = xPerPixel();
        double yPerPixel = yPerPixel();
        drag(30, 25);
        DataSet before = Experiment.chapter().data();
        DataSet after = editor.state().experiment().data();
        assertEquals(before.x(POINT) + 30 * xPerPixel, after.x(POINT), xPerPixel / 2);
        assertEquals(before.y(POINT) - 25 * yPerPixel, after.y(POINT), yPerPixel / 2);
    }

    // ---- helpers ----

    private void drag(double dx, double dy) {
        Pixels.grab(view.canvas());
        FxRobot robot = new FxRobot();
        robot.moveTo(grip()).press(MouseButton.PRIMARY).moveBy(dx, dy).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen pixel the pointer grabs the point at: a whole pixel, so a move by whole pixels is exact. */
    private Point2D grip() {
        Point2D p = WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> view.localToScreen(view.pointPosition(POINT).add(OFF_CENTRE)));
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }

    private double xPerPixel() {
        Pixels.grab(view.canvas());
        return view.toData(1, 0).getX() - view.toData(0, 0).getX();
    }

    /** Data units per pixel upwards. */
    private double yPerPixel() {
        Pixels.grab(view.canvas());
        return view.toData(0, 0).getY() - view.toData(0, 1).getY();
    }

    private void assertTheChaptersDataAndNothingToUndo() {
        WaitForAsyncUtils.waitForFxEvents();
        assertBitForBit(Experiment.chapter().data(), editor.state().experiment().data());
        assertFalse(editor.history().canUndo(), editor.history().undoDescription());
    }

    private static void assertBitForBit(DataSet expected, DataSet actual) {
        assertArrayEquals(expected.xs(), actual.xs(), 0);
        assertArrayEquals(expected.ys(), actual.ys(), 0);
        assertEquals(expected, actual, "DataSet.equals compares the bits");
    }
}
