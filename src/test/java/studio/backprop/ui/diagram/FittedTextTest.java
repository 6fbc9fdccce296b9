package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Activation;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Network;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Snapshots;

/** Runaway numbers stay inside the room the diagram kept for them, so they never cover a neighbour. */
@ExtendWith(ApplicationExtension.class)
class FittedTextTest {
    private ShownDiagram d;

    @Start
    void start(Stage stage) {
        d = new ShownDiagram(stage, Snapshots.chapter(0));
    }

    @Test
    void aRunawayWeightIsWrittenShortInsideItsLabelBox(FxRobot robot) {
        Layout layout = d.after(robot, () -> d.snapshot.set(runaway()));
        FittedText label = d.view.edgeLabel(2, 0, 0);
        assertEquals("8.5e8", label.text());
        assertTrue(label.width() + Painter.LABEL_MARGIN * layout.scale <= layout.labelWidth,
                label.width() + " in " + layout.labelWidth);
        assertTrue(label.font().getSize() >= 0.85 * layout.fonts.label().getSize(), "shrunk at most a little");
    }

    @Test
    void everyLabelOfARunawayNetworkFitsItsBox(FxRobot robot) {
        Layout layout = d.after(robot, () -> d.snapshot.set(runaway()));
        for (Edge e : layout.edges) {
            FittedText label = d.view.edgeLabel(e.layer(), e.to(), e.from());
            assertTrue(label.width() + Painter.LABEL_MARGIN * layout.scale <= layout.labelWidth + 1e-9,
                    e.name() + " = " + label.text() + " is " + label.width() + " wide");
        }
    }

    @Test
    void aRunawayNeuronValueFitsThePlateKeptClearOfLabels(FxRobot robot) {
        Layout layout = d.after(robot, () -> d.snapshot.set(runaway()));
        FittedText value = d.view.neuronValue(3, 0);
        assertEquals("-1e37", value.text());
        assertTrue(value.width() + 8 * layout.scale <= layout.plateWidth, value.width() + " in " + layout.plateWidth);
    }

    @Test
    void aChapterValueIsWrittenAsTheChapterPrintsIt(FxRobot robot) {
        d.drawn(robot);
        assertEquals("0.832", d.view.neuronValue(3, 0).text());
        assertEquals("10.0", d.view.edgeLabel(2, 0, 0).text());
    }

    @Test
    void aNumberThatCannotLoseDigitsShrinksToFit(FxRobot robot) {
        Layout layout = d.drawn(robot);
        FittedText t = FittedText.of("-931.0", -931, layout.fonts.value(), 20);
        assertEquals("-931.0", t.text());
        assertTrue(t.width() <= 20 && t.font().getSize() < layout.fonts.value().getSize(), t.toString());
    }

    /** The chapter's network with a2,1,1 = 8.5e8 and a linear output of -1.45867e37. */
    private static TrainingSnapshot runaway() {
        Network n = ChapterExample.network().withWeight(2, 0, 0, 8.5e8).withBias(3, 0, -1.45867e37)
                .withActivations(java.util.List.of(Activation.SIGMOID, Activation.SIGMOID, Activation.LINEAR));
        return Snapshots.of(n, ChapterExample.data());
    }
}
