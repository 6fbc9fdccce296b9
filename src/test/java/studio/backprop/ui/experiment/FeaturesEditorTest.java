package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Feature;
import studio.backprop.engine.Network;

/** Ticking a feature adds an input neuron that sees it, keeping the weights from the inputs seen before. */
@ExtendWith(ApplicationExtension.class)
class FeaturesEditorTest {
    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
        Harness.show(stage, new FeaturesEditor(h.editor), 380, 120);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    private Architecture shape() {
        return h.editor.state().network().architecture();
    }

    @Test
    void theChaptersNetworkSeesXAloneAndOffersItsPowersAndSine(FxRobot robot) {
        assertTrue(robot.lookup("#feature-X").queryAs(CheckBox.class).isSelected());
        assertEquals(4, robot.lookup("#features").queryAs(FlowPane.class).getChildren().size());
    }

    @Test
    void tickingXSquaredAddsAnInputNeuronAndKeepsTheWeightsFromX(FxRobot robot) {
        robot.clickOn("#feature-X_SQUARED");

        Network seeing = h.editor.state().network();
        assertEquals(List.of(Feature.X, Feature.X_SQUARED), seeing.architecture().features().list());
        assertEquals(2, seeing.architecture().size(0));
        for (int i = 0; i < 4; i++) {
            assertEquals(ChapterExample.network().weight(1, i, 0), seeing.weight(1, i, 0), 0.0);
        }
        assertArrayEquals(ChapterExample.network().weights(2), seeing.weights(2), 0.0);
    }

    @Test
    void undoReturnsToTheInputsAlone(FxRobot robot) {
        robot.clickOn("#feature-SIN_X");
        robot.interact(h.editor::undo);

        assertNull(shape().features());
        assertEquals(ChapterExample.network(), h.editor.state().network());
    }

    @Test
    void theLastInputCannotBeUntickedAndSaysSo(FxRobot robot) {
        robot.clickOn("#feature-X");

        assertEquals(ChapterExample.network(), h.editor.state().network());
        assertTrue(robot.lookup("#feature-X").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#featuresMessage").queryLabeled().getText().contains("at least one input"));
    }

    @Test
    void xSquaredAloneReplacesXAsTheOneInputNeuron(FxRobot robot) {
        robot.clickOn("#feature-X_SQUARED");
        robot.clickOn("#feature-X");

        assertEquals(List.of(Feature.X_SQUARED), shape().features().list());
        assertEquals(1, shape().size(0));
    }
}
