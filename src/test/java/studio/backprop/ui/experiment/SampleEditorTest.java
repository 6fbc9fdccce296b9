package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Presets;

/** A function preset's points, noise and seed, each an undoable edit of the data. */
@ExtendWith(ApplicationExtension.class)
class SampleEditorTest {
    private Harness h;
    private SampleEditor editor;

    @Start
    void start(Stage stage) {
        h = new Harness();
        editor = new SampleEditor(h.editor, new Random(3));
        Harness.show(stage, editor, 380, 200);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @Test
    void itIsHiddenForTheChaptersFixedData() {
        assertFalse(editor.isVisible());
    }

    @Test
    void typedPointsAndNoiseMakeANewSampleOfTheSameCurve(FxRobot robot) {
        robot.interact(() -> h.editor.choosePreset("sine"));
        assertTrue(editor.isVisible());

        robot.doubleClickOn("#samplePoints").eraseText(3).write("8").type(KeyCode.ENTER);
        robot.doubleClickOn("#sampleNoise").eraseText(4).write("0.1").type(KeyCode.ENTER);

        DataSet data = h.editor.state().data();
        assertEquals(8, data.size());
        assertEquals(Presets.get("sine").sampling().withPoints(8).withNoise(0.1).data(), data);
        robot.interact(h.editor::undo);
        assertEquals(Presets.get("sine").sampling().withPoints(8).data(), h.editor.state().data());
    }

    @Test
    void newSampleDrawsTheNoiseFromAnotherSeed(FxRobot robot) {
        robot.interact(() -> h.editor.choosePreset("noisy-parabola"));
        DataSet before = h.editor.state().data();

        robot.clickOn("#newSample");

        DataSet after = h.editor.state().data();
        assertNotEquals(before, after);
        assertEquals(before.size(), after.size());
        long seed = Long.parseLong(robot.lookup("#sampleSeed").queryTextInputControl().getText());
        assertEquals(Presets.get("noisy-parabola").sampling().withSeed(seed).data(), after);
    }
}
