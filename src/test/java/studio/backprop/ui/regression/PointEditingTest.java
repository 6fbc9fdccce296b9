package studio.backprop.ui.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Pixels;
import studio.backprop.ui.regression.RecordingPointEdits.Call;

@ExtendWith(ApplicationExtension.class)
class PointEditingTest {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.chapter(10));
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private final RecordingPointEdits edits = new RecordingPointEdits();
    private RegressionView view;

    @Start
    void start(Stage stage) {
        view = new RegressionView(snapshot, selected);
        view.pointEditsProperty().set(edits);
        stage.setScene(new Scene(view, 640, 400));
        stage.show();
    }

    @Test
    void clickingEmptySpaceAddsAPointAtTheDataCoordinatesThere(FxRobot robot) {
        Pixels.grab(view.canvas());
        Point2D p = view.toPixel(0.4, 0.3);
        robot.clickOn(screen(p));
        assertWithinAPixel(only("add"), 0.4, 0.3, p);
    }

    @Test
    void draggingAPointMovesItOnceOnRelease(FxRobot robot) {
        Pixels.grab(view.canvas());
        Point2D target = view.toPixel(0.6, 0.2);
        robot.drag(screen(view.pointPosition(2)), MouseButton.PRIMARY).dropTo(screen(target));
        WaitForAsyncUtils.waitForFxEvents();
        Call move = only("move");
        assertEquals(2, move.k());
        assertWithinAPixel(move, 0.6, 0.2, target);
    }

    @Test
    void aDraggedPointFollowsThePointerBeforeAnyEdit(FxRobot robot) {
        Pixels.grab(view.canvas());
        Point2D target = view.toPixel(0.6, 0.2);
        robot.drag(screen(view.pointPosition(2)), MouseButton.PRIMARY).moveTo(screen(target));
        Pixels.grab(view.canvas());
        Point2D shown = view.pointPosition(2);
        assertTrue(shown.distance(target) < 1.5, "drawn at " + shown + ", pointer at " + target);
        assertEquals(List.of(), edits.calls);
        robot.release(MouseButton.PRIMARY);
    }

    @Test
    void rightClickingAPointDeletesIt(FxRobot robot) {
        Pixels.grab(view.canvas());
        robot.rightClickOn(screen(view.pointPosition(1)));
        assertEquals(1, only("delete").k());
    }

    @Test
    void theDeleteKeyDeletesTheSelectedPoint(FxRobot robot) {
        Pixels.grab(view.canvas());
        robot.clickOn(screen(view.pointPosition(3)));
        robot.type(KeyCode.DELETE);
        assertEquals(3, selected.get());
        assertEquals(3, only("delete").k());
    }

    @Test
    void withoutPointEditsClicksOnlySelect(FxRobot robot) {
        robot.interact(() -> view.pointEditsProperty().set(null));
        Pixels.grab(view.canvas());
        robot.clickOn(screen(view.toPixel(0.4, 0.3)));
        robot.rightClickOn(screen(view.pointPosition(1)));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), edits.calls);
        assertEquals(1, selected.get());
    }

    @Test
    void aRefusedEditShowsItsMessageAndChangesNothing(FxRobot robot) {
        edits.refusal = "the last point cannot be deleted";
        Pixels.grab(view.canvas());
        Point2D before = view.pointPosition(2);
        robot.drag(screen(before), MouseButton.PRIMARY).dropTo(screen(view.toPixel(0.6, 0.2)));
        WaitForAsyncUtils.waitForFxEvents();
        Pixels.grab(view.canvas());
        assertEquals("the last point cannot be deleted", view.editMessage());
        assertEquals(before, view.pointPosition(2), "the point went back");
        assertEquals(List.of(), edits.calls);
    }

    @Test
    void aPlacedPointIsRoundedToThePrecisionOfOnePixel() {
        assertEquals(0.403, PointEditing.round(0.40312876, 0.0021), 0);
        assertEquals(-12.0, PointEditing.round(-12.4, 1.7), 0);
    }

    // ---- helpers ----

    @Test
    void aShiftClickOnAPointAsksToHoldItOutAndAddsNothing(FxRobot robot) {
        Pixels.grab(view.canvas());
        robot.press(KeyCode.SHIFT).clickOn(screen(view.pointPosition(3))).release(KeyCode.SHIFT);
        assertEquals(3, only("holdOut").k());
    }

    @Test
    void aHeldOutPointIsDrawnHollow(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.withHeldOut(snapshot.get(), 3)));
        Image image = Pixels.grab(view.canvas());
        Point2D held = view.pointPosition(3);
        Point2D trained = view.pointPosition(2);
        assertTrue(Pixels.near(image, held.getX(), held.getY(), 0, Palette.BACKGROUND), "hollow");
        assertTrue(Pixels.near(image, trained.getX(), trained.getY(), 0, Palette.POINT), "filled");
        assertTrue(Pixels.near(image, held.getX() + 4, held.getY(), 1, Palette.POINT), "its ring");
    }

    private Point2D screen(Point2D local) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.localToScreen(local));
    }

    /** That the call's (x, y) is within the data distance one pixel spans at p, along each axis. */
    private void assertWithinAPixel(Call call, double x, double y, Point2D p) {
        Point2D a = view.toData(p.getX(), p.getY());
        Point2D b = view.toData(p.getX() + 1, p.getY() + 1);
        assertEquals(x, call.x(), Math.abs(b.getX() - a.getX()));
        assertEquals(y, call.y(), Math.abs(b.getY() - a.getY()));
    }

    /** The one call made, which must be of this kind. */
    private Call only(String kind) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, edits.calls.size(), edits.calls.toString());
        assertEquals(kind, edits.calls.get(0).kind());
        return edits.calls.get(0);
    }
}
