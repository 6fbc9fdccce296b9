package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Preset;
import studio.backprop.engine.Presets;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;
import studio.backprop.ui.edit.ExperimentEditor;

/** The side panel's real controls, each change followed into the trainer. */
@ExtendWith(ApplicationExtension.class)
class ExperimentPanelTest {
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

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @Test
    void aNumberFieldTakesADecimalCommaAsTheDiagramsFieldDoes() {
        assertEquals(0.25, ValidatedField.finiteNumber("0,25"));
        assertEquals(0.5, ValidatedField.positiveNumber(" 0,5"));
    }

    @Test
    void changingAnActivationChangesTheTrainersNetwork(FxRobot robot) {
        robot.interact(() -> this.<Activation>combo(robot, "#activation2").setValue(Activation.TANH));
        h.awaitArchitecture(new Architecture(new int[] {1, 4, 2, 1},
                List.of(Activation.SIGMOID, Activation.TANH, Activation.SIGMOID)));
    }

    @Test
    void addHiddenLayerPutsANewLayerBeforeTheOutput(FxRobot robot) {
        robot.clickOn("#addLayer");
        h.awaitArchitecture(Architecture.sigmoid(1, 4, 2, 2, 1));
        assertTrue(robot.lookup("#removeLayer3").tryQuery().isPresent(), "a row for the new layer");
    }

    @Test
    void theNeuronSpinnerAddsANeuronToItsLayer(FxRobot robot) {
        robot.interact(() -> robot.lookup("#neurons1").queryAs(Spinner.class).increment());
        h.awaitArchitecture(Architecture.sigmoid(1, 5, 2, 1));
    }

    @Test
    void removingTheHiddenLayersLeavesInputToOutput(FxRobot robot) {
        robot.clickOn("#removeLayer2");
        robot.clickOn("#removeLayer1");
        h.awaitArchitecture(Architecture.sigmoid(1, 1));
    }

    @Test
    void addHiddenLayerIsDisabledAtEightLayers(FxRobot robot) {
        for (int k = 0; k < 6; k++) {
            robot.interact(() -> robot.lookup("#addLayer").queryButton().fire());
        }
        assertEquals(8, h.editor.state().network().architecture().depth() - 1);
        assertTrue(robot.lookup("#addLayer").queryButton().isDisabled());
    }

    private String presetShown(FxRobot robot) {
        return this.<Preset>combo(robot, "#preset").getButtonCell().getText();
    }

    @Test
    void thePresetBoxSaysModifiedOnceTheInitialWeightsAreDrawnAnotherWayAndNotAfterUndo(FxRobot robot) {
        robot.interact(() -> h.session.choosePreset("exercise2"));
        assertEquals("Exercise 2: random initial weights", presetShown(robot));
        robot.interact(() -> h.editor.setInitialization(WeightInit.xavier(6)));
        assertEquals("(modified) Exercise 2: random initial weights", presetShown(robot));
        robot.interact(() -> h.editor.undo());
        assertEquals("Exercise 2: random initial weights", presetShown(robot));
    }

    @Test
    void thePresetBoxSaysModifiedAfterALayerIsAddedButNotAfterTraining(FxRobot robot) {
        robot.interact(() -> h.model.step(10));
        h.awaitIteration(10);
        assertEquals("The chapter's example", presetShown(robot));
        robot.clickOn("#addLayer");
        assertEquals("(modified) The chapter's example", presetShown(robot));
    }

    @Test
    void aBadSeedIsMarkedAndChangesNothing(FxRobot robot) {
        robot.interact(() -> combo(robot, "#preset").setValue(Presets.get("exercise2")));
        SavedExperiment before = h.editor.state();
        ValidatedField<?> seed = robot.lookup("#seedField").queryAs(ValidatedField.class);
        robot.doubleClickOn(seed).eraseText(3).write("6x").type(KeyCode.ENTER);
        assertTrue(seed.getStyleClass().contains("invalid"));
        assertEquals("seed: \"6x\" is not a whole number", robot.lookup("#initMessage").queryAs(Label.class).getText());
        assertSame(before, h.editor.state());
    }

    @Test
    void aGoodSeedDrawsNewInitialWeights(FxRobot robot) {
        robot.interact(() -> combo(robot, "#preset").setValue(Presets.get("exercise2")));
        robot.doubleClickOn("#seedField").eraseText(3).write("42").type(KeyCode.ENTER);
        assertEquals(42, h.editor.state().init().seed());
        h.await("the trainer to start from seed 42", () -> h.model.getSnapshot().initial()
                .equals(h.editor.state().initialNetwork()));
    }

    @Test
    void choosingAPresetWithUnsavedChangesAndAnsweringNoKeepsEverything(FxRobot robot) {
        robot.clickOn("#addLayer");
        SavedExperiment before = h.editor.state();
        robot.interact(() -> combo(robot, "#preset").setValue(Presets.get("sine")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, h.questions.size());
        assertSame(before, h.editor.state());
        assertEquals("chapter", this.<Preset>combo(robot, "#preset").getValue().id(), "the choice goes back");
        assertFalse(robot.lookup("#teaches").queryAs(Label.class).getText().contains("sine"));
    }

    // ---- the seed field: quiet while it does not apply, seeds from 0 that fit it, the right word for each problem

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
