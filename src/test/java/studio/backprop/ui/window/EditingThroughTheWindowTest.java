package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.ui.model.StudioModel;

/** Edits made on the views reach the trainer through the editor, and undo takes them back. */
@ExtendWith(ApplicationExtension.class)
class EditingThroughTheWindowTest {
    private StudioModel model;
    private MainWindow window;
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        ShownWindow shown = ShownWindow.on(stage);
        model = shown.model;
        window = shown.window;
        this.shown = shown;
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    private static void await(String what, BooleanSupplier condition) {
        ShownWindow.await(what, condition);
    }

    @Test
    void clickingEmptyPlotSpaceAddsAPointThatTrainingUsesAndCtrlZTakesItBack(FxRobot robot) {
        await("the first snapshot", () -> model.getSnapshot() != null && window.regression().toPixel(0, 0) != null);
        Point2D at = window.regression().toPixel(0.4, 0.3);
        robot.clickOn(window.regression().localToScreen(at), MouseButton.PRIMARY);
        await("six points", () -> model.getSnapshot().data().size() == 6);
        assertEquals(0.4, model.getSnapshot().data().x(5), 0.01);
        assertEquals(0.3, model.getSnapshot().data().y(5), 0.01);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await("five points again", () -> model.getSnapshot().data().size() == 5);
    }

    @Test
    void aWeightSetInTheEditorBecomesTheTrainersStartAndResetKeepsIt(FxRobot robot) {
        await("the first snapshot", () -> model.getSnapshot() != null);
        robot.interact(() -> window.session().editor().setWeight(2, 0, 0, 7.5));
        await("the edited weight", () -> model.getSnapshot().network().weight(2, 0, 0) == 7.5);
        assertEquals(0, model.getSnapshot().iteration());
        robot.clickOn("#reset");
        await("reset keeps the edit", () -> model.getSnapshot().network().weight(2, 0, 0) == 7.5);
    }

    @Test
    void aShiftClickOnAPointHoldsItOutOfTrainingAndHTakesItBack(FxRobot robot) {
        await("the first snapshot", () -> model.getSnapshot() != null && window.regression().pointPosition(2) != null);
        Point2D point = window.regression().pointPosition(2);
        robot.press(KeyCode.SHIFT).clickOn(window.regression().localToScreen(point), MouseButton.PRIMARY)
                .release(KeyCode.SHIFT);
        await("point 3 held out", () -> model.getSnapshot().beyond().heldOut(2));
        assertEquals(1, model.getSnapshot().beyond().options().heldOut().size());
        assertEquals(2, model.selectedPointProperty().get(), "the click selects it too");

        robot.type(KeyCode.H);

        await("point 3 trained on again", () -> !model.getSnapshot().beyond().holdsOut());
    }
}
