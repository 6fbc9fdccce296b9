package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.model.SavedExperiment;
import studio.backprop.ui.edit.ExperimentEditor;

/** The seed field: quiet while it does not apply, seeds from 0 that fit it, and the right word for each problem. */
@ExtendWith(ApplicationExtension.class)
class SeedFieldTest {
    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new ExperimentPanel(h.session), 340, 760);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    private ValidatedField<?> seed(FxRobot robot) {
        return robot.lookup("#seedField").queryAs(ValidatedField.class);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#initMessage").queryAs(Label.class).getText();
    }

    private void type(FxRobot robot, String text) {
        robot.interact(() -> h.session.choosePreset("exercise2"));
        robot.doubleClickOn(seed(robot)).eraseText(20).write(text).type(KeyCode.ENTER);
    }

    @Test
    void theDisabledSeedOfTheChaptersWeightsShowsNoProblem(FxRobot robot) {
        robot.interact(() -> h.session.choosePreset("exercise2"));
        assertFalse(seed(robot).getText().isEmpty());
        robot.interact(() -> h.session.choosePreset("chapter"));
        assertTrue(seed(robot).isDisabled());
        assertEquals("", seed(robot).getText());
        assertFalse(seed(robot).getStyleClass().contains("invalid"));
        assertEquals("", message(robot));
    }

    @Test
    void newSeedGivesASeedFromZeroThatFitsTheField(FxRobot robot) {
        robot.interact(() -> h.session.choosePreset("exercise2"));
        for (int k = 0; k < 20; k++) {
            robot.clickOn("#newSeed");
            long seed = h.editor.state().init().seed();
            assertTrue(seed >= 0 && seed < ExperimentEditor.NEW_SEEDS, "seed " + seed);
            assertTrue(seed(robot).getText().length() <= seed(robot).getPrefColumnCount(), seed(robot).getText());
        }
    }

    @Test
    void aSeedTooLargeForALongIsCalledTooLarge(FxRobot robot) {
        type(robot, "99999999999999999999");
        assertEquals("seed: \"99999999999999999999\" is too large: at most 9223372036854775807", message(robot));
    }

    @Test
    void aNegativeSeedIsRefusedAndChangesNothing(FxRobot robot) {
        robot.interact(() -> h.session.choosePreset("exercise2"));
        SavedExperiment before = h.editor.state();
        robot.doubleClickOn(seed(robot)).eraseText(20).write("-5").type(KeyCode.ENTER);
        assertEquals("seed: \"-5\" is below 0", message(robot));
        assertTrue(seed(robot).getStyleClass().contains("invalid"));
        assertSame(before, h.editor.state());
    }
}
