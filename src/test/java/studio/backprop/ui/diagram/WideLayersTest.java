package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Network;
import studio.backprop.engine.Initialization;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;

/** Wide layers: faint, thin edges the crossings show through, and each neuron's value on hover only. */
@ExtendWith(ApplicationExtension.class)
class WideLayersTest {
    private ShownDiagram d;

    @Start
    void start(Stage stage) {
        Network wide = Initialization.normal(Architecture.sigmoid(1, 24, 24, 1), 3, 5).withWeight(1, 0, 0, 9);
        d = new ShownDiagram(stage, Snapshots.of(wide, ChapterExample.data()));
    }

    @Test
    void aWideLayersEdgeIsTranslucentSoItsColourIsPaler(FxRobot robot) throws Exception {
        Image image = d.image(robot);
        Layout layout = d.view.diagramLayout();
        assertTrue(layout.dense);
        Edge a111 = layout.edge(1, 0, 0);
        double reddest = 1;
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                Color c = image.getPixelReader().getColor((int) a111.midX() + dx, (int) a111.midY() + dy);
                reddest = Math.min(reddest, c.getRed());
            }
        }
        assertTrue(reddest < 0.97, "the edge is drawn: red " + reddest);
        assertTrue(reddest > Palette.POSITIVE.getRed() + 0.5, "a weight of 9 drawn with red " + reddest
                + ", not solid " + Palette.POSITIVE);
    }

    @Test
    void aWideLayersNeuronTellsItsValueOnHover(FxRobot robot) {
        Node n = d.drawn(robot).neuron(1, 3);
        Point2D screen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> d.view.localToScreen(n.x(), n.y()));
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d.view.hoverText().startsWith("h_1,4 = "), d.view.hoverText());
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
    }
}
