package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Network;
import studio.backprop.ui.Snapshots;

/** The weights as the chapter's matrices: a cell per weight, coloured by its value, read out on hover. */
@ExtendWith(ApplicationExtension.class)
class MatricesTest {
    private ShownDiagram d;

    @Start
    void start(Stage stage) {
        d = new ShownDiagram(stage, Snapshots.chapter(1));
        d.view.diagramModeProperty().set(DiagramMode.MATRICES);
    }

    private MatrixLayout layout() {
        return new MatrixLayout(ChapterExample.network().architecture(), Math.floor(d.view.getWidth()),
                Math.floor(d.view.getHeight()), 1);
    }

    private Image image(FxRobot robot) throws Exception {
        robot.interact(() -> d.view.layout());
        return WaitForAsyncUtils.asyncFx(() -> d.view.canvas().snapshot(null, null)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void eachCellIsColouredByItsWeightOnTheDiagramsDivergingScale(FxRobot robot) throws Exception {
        Image image = image(robot);
        MatrixLayout lay = layout();
        Network n = d.snapshot.get().network();
        double full = MatrixDrawing.fullColour(EdgeStyle.WEIGHT, 12.507410);
        assertEquals(20, full, "the weights' largest, 12.5, rounded up");
        for (Edge cell : lay.cells) {
            Color drawn = image.getPixelReader().getColor((int) lay.cellX(cell) + 4, (int) lay.cellY(cell) + 4);
            Color expected = MatrixDrawing.shade(cell.value(n), full);
            assertEquals(expected.getRed(), drawn.getRed(), 0.02, cell.name());
            assertEquals(expected.getGreen(), drawn.getGreen(), 0.02, cell.name());
            assertEquals(expected.getBlue(), drawn.getBlue(), 0.02, cell.name());
        }
    }

    @Test
    void aPositiveWeightIsBlueANegativeOneVermilionAndZeroWhite() {
        assertEquals(Color.web("#0072B2"), MatrixDrawing.shade(20, 20));
        assertEquals(Color.web("#D55E00"), MatrixDrawing.shade(-20, 20));
        assertEquals(Color.WHITE, MatrixDrawing.shade(0, 20));
    }

    @Test
    void hoveringACellReadsOutItsWeightGradientAndChangeInTheChaptersNames(FxRobot robot) throws Exception {
        image(robot);
        MatrixLayout lay = layout();
        Edge a213 = new Edge(2, 0, 2, 0, 0, 0, 0);
        hover(robot, lay.cellX(a213) + lay.cellW / 2, lay.cellY(a213) + lay.cellH / 2);
        assertEquals("a_2,1,3 = -0.00200388   dRSS/da = 0.200388   last change = -0.00200388", d.view.hoverText());
        Edge b31 = new Edge(3, 0, Node.BIAS, 0, 0, 0, 0);
        hover(robot, lay.cellX(b31) + lay.cellW / 2, lay.cellY(b31) + lay.cellH / 2);
        assertTrue(d.view.hoverText().startsWith("b_3,1 = -2.50484   dRSS/db = "), d.view.hoverText());
    }

    @Test
    void aCellShowsItsValueWithTheChaptersSixDecimalsWhenTheyFit() {
        Fonts fonts = Fonts.at(1);
        assertEquals("4.999469", MatrixDrawing.fitting(4.999469, EdgeStyle.WEIGHT, 200, fonts));
        assertEquals("-12.507", MatrixDrawing.fitting(-12.50741, EdgeStyle.WEIGHT, 60, fonts));
        assertEquals(null, MatrixDrawing.fitting(-12.50741, EdgeStyle.WEIGHT, 10, fonts));
    }

    private void hover(FxRobot robot, double x, double y) {
        Point2D screen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> d.view.localToScreen(x, y));
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
