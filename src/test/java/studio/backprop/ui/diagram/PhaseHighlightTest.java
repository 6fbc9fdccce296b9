package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Pixels;
import studio.backprop.ui.model.Phase.Kind;
import studio.backprop.ui.model.Phase;

/** The stepper's phases on the chapter's first iteration at point 1, x = 0. */
@ExtendWith(ApplicationExtension.class)
class PhaseHighlightTest {
    private ShownDiagram d;

    @Start
    void start(Stage stage) {
        d = new ShownDiagram(stage, Snapshots.chapter(0));
    }

    private Layout phase(FxRobot robot, Kind kind, int layer) {
        return d.after(robot, () -> d.view.activePhaseProperty().set(new Phase(kind, layer)));
    }

    @Test
    void backwardTwoShowsDRssDhOnTheHiddenTwoNeurons(FxRobot robot) {
        phase(robot, Kind.BACKWARD, 2);
        assertEquals("2.327", d.view.neuronText(2, 0));
        assertEquals("2.327", d.view.neuronText(2, 1));
    }

    @Test
    void forwardOneShowsSigmaAndHOnTheHiddenOneNeurons(FxRobot robot) {
        phase(robot, Kind.FORWARD, 1);
        assertEquals("Σ -0.750  h 0.321", d.view.neuronText(1, 0));
    }

    @Test
    void theLossShowsFxYTheSquareAndDRssDhAtTheOutput(FxRobot robot) {
        phase(robot, Kind.LOSS, 0);
        String text = d.view.neuronText(3, 0);
        assertTrue(text.startsWith("f(x) = 0.") && text.contains("y = 0.000") && text.contains("dRSS/dh = "), text);
    }

    @Test
    void expandTwoShowsDRssDbOnTheNeuronsAndThePointsDRssDaOnTheEdges(FxRobot robot) {
        phase(robot, Kind.EXPAND, 2);
        assertEquals("0.161", d.view.edgeLabel(2, 0, 0).text());
        assertEquals("0.503", d.view.neuronText(2, 0)); // 0.161389 / h_1,1 = 0.320821
    }

    @Test
    void theSumShowsTheSummedGradientOnEveryEdge(FxRobot robot) {
        phase(robot, Kind.SUM, 0);
        assertEquals("0.391", d.view.edgeLabel(2, 0, 0).text());
    }

    @Test
    void theUpdateShowsTheNewWeights(FxRobot robot) {
        phase(robot, Kind.UPDATE, 0);
        assertEquals("9.996", d.view.edgeLabel(2, 0, 0).text());
    }

    @Test
    void theActiveLayersNeuronsGetAHalo(FxRobot robot) throws Exception {
        Node lit = phase(robot, Kind.BACKWARD, 2).neuron(2, 0);
        Node dark = d.view.diagramLayout().neuron(1, 0);
        var image = d.image(robot);
        assertTrue(Pixels.near(image, lit.x(), lit.y() - lit.radius() - 4, 1, Palette.HIGHLIGHT));
        assertFalse(Pixels.near(image, dark.x(), dark.y() - dark.radius() - 4, 1, Palette.HIGHLIGHT));
    }

    @Test
    void withoutAPhaseTheNeuronsShowTheirOutputsAgain(FxRobot robot) {
        d.drawn(robot);
        String output = d.view.neuronText(2, 0);
        phase(robot, Kind.BACKWARD, 2);
        d.after(robot, () -> d.view.activePhaseProperty().set(null));
        assertEquals(output, d.view.neuronText(2, 0));
    }
}
