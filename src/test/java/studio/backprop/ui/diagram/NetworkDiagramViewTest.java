package studio.backprop.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
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
import studio.backprop.engine.Initialization;
import studio.backprop.engine.Network;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;

@ExtendWith(ApplicationExtension.class)
class NetworkDiagramViewTest {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.chapter(0));
    private final IntegerProperty point = new SimpleIntegerProperty(0);
    private NetworkDiagramView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new NetworkDiagramView(snapshot, point);
        stage.setScene(new Scene(view, 1000, 650));
        stage.show();
    }

    @Test
    void theChapterNetworkHasEightNeuronsAndTwentyOneEdges(FxRobot robot) {
        Layout layout = drawn(robot);
        assertEquals(1 + 4 + 2 + 1, layout.neuronCount());
        assertEquals(21, layout.edges.size());
        assertEquals(7, layout.edges.stream().filter(Edge::isBias).count());
    }

    @Test
    void aPositiveWeightIsDrawnBlueAndANegativeOneVermilion(FxRobot robot) throws Exception {
        robot.interact(() -> view.setShowWeights(false));
        Layout layout = drawn(robot);
        Edge positive = layout.edge(1, 0, 0); // a_1,1,1 = 5
        Edge negative = layout.edge(1, 1, 0); // a_1,2,1 = -5
        Image image = canvasImage(robot);
        assertEquals(Palette.POSITIVE, nearestSignColour(image, positive.midX(), positive.midY()));
        assertEquals(Palette.NEGATIVE, nearestSignColour(image, negative.midX(), negative.midY()));
    }

    @Test
    void aLargerWeightDrawsAWiderEdge(FxRobot robot) throws Exception {
        robot.interact(() -> view.setShowWeights(false));
        Network base = ChapterExample.network();
        int thin = edgeThickness(robot, base.withWeight(1, 0, 0, 0.5));
        int thick = edgeThickness(robot, base.withWeight(1, 0, 0, 9));
        assertTrue(thick >= thin + 2, "|w| = 9 drew " + thick + " px, |w| = 0.5 drew " + thin + " px");
    }

    @Test
    void hoveringAnEdgeShowsItsValue(FxRobot robot) {
        Edge a211 = drawn(robot).edge(2, 0, 0);
        hover(robot, a211.midX(), a211.midY());
        assertTrue(view.hoverText().startsWith("a_2,1,1 = 10   "), view.hoverText());
    }

    @Test
    void hoveringAnEdgeAfterOneIterationShowsItsGradientAndLastChange(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.chapter(1)));
        Edge a211 = drawn(robot).edge(2, 0, 0);
        hover(robot, a211.midX(), a211.midY());
        assertEquals("a_2,1,1 = 9.99609   dRSS/da = 0.391076   last change = -0.00391076", view.hoverText());
    }

    @Test
    void hoveringAnEdgeBeforeTheFirstIterationShowsTheGradientAtTheseWeights(FxRobot robot) {
        Edge a211 = drawn(robot).edge(2, 0, 0);
        hover(robot, a211.midX(), a211.midY());
        assertEquals("a_2,1,1 = 10   dRSS/da = 0.391076 at these weights   its change: after the next iteration",
                view.hoverText());
    }

    @Test
    void hoveringABiasEdgeNamesTheBias(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.chapter(1)));
        Edge b31 = drawn(robot).edge(3, 0, Node.BIAS);
        hover(robot, b31.midX(), b31.midY());
        assertTrue(view.hoverText().startsWith("b_3,1 = -2.5"), view.hoverText());
        assertTrue(view.hoverText().contains("dRSS/db = "), view.hoverText());
    }

    @Test
    void hoveringANeuronShowsItsOutputSigmaAndBias(FxRobot robot) {
        Node n = drawn(robot).neuron(1, 0);
        hover(robot, n.x(), n.y());
        assertEquals("h_1,1 = 0.320821   Σ_1,1 = -0.75   b_1,1 = -0.75   at point 1 (x = 0)", view.hoverText());
    }

    @Test
    void movingOffTheDiagramClearsTheReadOut(FxRobot robot) {
        Node n = drawn(robot).neuron(1, 0);
        hover(robot, n.x(), n.y());
        hover(robot, 3, 300);
        assertEquals("", view.hoverText());
    }

    @Test
    void aNeuronShowsItsOutputForTheSelectedPoint(FxRobot robot) {
        drawn(robot);
        assertEquals("0.321", view.neuronText(1, 0));
        assertEquals("0.000", view.neuronText(0, 0));
    }

    @Test
    void selectingAnotherPointChangesTheNeuronOutputs(FxRobot robot) {
        drawn(robot);
        robot.interact(() -> point.set(1));
        assertEquals("0.250", view.neuronText(0, 0));
        assertEquals("0.622", view.neuronText(1, 0)); // sigmoid(5 * 0.25 - 0.75)
    }

    @Test
    void aNewSnapshotOfTheSameArchitectureDoesNotLayOutAgain(FxRobot robot) {
        drawn(robot);
        int before = view.layoutComputations;
        robot.interact(() -> snapshot.set(Snapshots.chapter(5)));
        drawn(robot);
        robot.interact(() -> snapshot.set(Snapshots.chapter(10)));
        drawn(robot);
        assertEquals(before, view.layoutComputations);
    }

    @Test
    void resizingLaysOutAgain(FxRobot robot) {
        Layout before = drawn(robot);
        robot.interact(() -> stage.setWidth(stage.getWidth() - 200));
        Layout after = drawn(robot);
        assertEquals(before.width - 200, after.width, 1);
        assertTrue(after.neuron(3, 0).x() < before.neuron(3, 0).x());
    }

    @Test
    void presentationModeDrawsLargerText(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        double normal = drawn(robot).labelHeight;
        robot.interact(() -> view.presentationProperty().set(true));
        assertTrue(drawn(robot).labelHeight > 1.4 * normal);
    }

    @Test
    void presentationModeInASmallViewShrinksItsTextUntilTheValuesFitInsideTheNeurons(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(640);
            stage.setHeight(400);
            view.presentationProperty().set(true);
        });
        Layout small = drawn(robot);
        assertTrue(small.valuesInside, "values inside the neurons at scale " + small.scale);
        assertTrue(small.scale >= 1 && small.scale < 1.6, "scale " + small.scale);

        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        Layout large = drawn(robot);
        assertTrue(large.scale > small.scale, "a larger view keeps larger text: " + large.scale);
    }

    @Test
    void presentationModeKeepsLargeTextForANetworkWhoseLabelsShowOnlyOnHover(FxRobot robot) {
        Network wide = Initialization.scaledNormal(Architecture.sigmoid(1, 4, 4, 4, 1), 3);
        robot.interact(() -> {
            snapshot.set(Snapshots.of(wide, ChapterExample.data()));
            stage.setWidth(1000);
            stage.setHeight(650);
            view.presentationProperty().set(true);
        });
        Layout layout = drawn(robot);
        assertFalse(layout.labelsFit());
        assertEquals(1.6, layout.scale, 1e-9);
    }

    @Test
    void placedWeightLabelsOverlapNeitherEachOtherNorANeuron(FxRobot robot) {
        Layout layout = drawn(robot);
        int placed = 0;
        for (int a = 0; a < layout.labels.length; a++) {
            Layout.Box box = layout.labels[a];
            if (box == null) {
                continue;
            }
            placed++;
            for (int b = a + 1; b < layout.labels.length; b++) {
                assertFalse(layout.labels[b] != null && box.intersects(layout.labels[b]), "labels " + a + ", " + b);
            }
            for (Node[] l : layout.neurons) {
                for (Node n : l) {
                    assertFalse(box.contains(n.x(), n.y()), "label " + a + " on a neuron");
                }
            }
        }
        assertTrue(placed >= 18, "only " + placed + " of 21 labels placed");
    }

    @Test
    void aDeepNetworkDrawsAndHidesItsLabels(FxRobot robot) {
        Network deep = Initialization.scaledNormal(Architecture.sigmoid(1, 8, 8, 8, 1), 3);
        robot.interact(() -> snapshot.set(Snapshots.of(deep, ChapterExample.data())));
        Layout layout = assertDoesNotThrow(() -> drawn(robot));
        assertEquals(8 + 8 + 64 + 8 + 64 + 8 + 8 + 1, layout.edges.size());
        assertFalse(layout.labelsFit());
        Edge e = layout.edge(1, 0, 0);
        hover(robot, e.midX(), e.midY());
        assertTrue(view.hoverText().startsWith("a_1,1,1 = "), view.hoverText());
    }

    // ---- helpers ----

    /** Lays out and draws now, returning the layout drawn. */
    private Layout drawn(FxRobot robot) {
        robot.interact(() -> view.layout());
        return view.diagramLayout();
    }

    /** Moves the real (headless) pointer there: the view sees the same events a mouse gives. */
    private void hover(FxRobot robot, double x, double y) {
        Point2D screen = WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.localToScreen(x, y));
        robot.moveTo(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Image canvasImage(FxRobot robot) throws ExecutionException, InterruptedException, TimeoutException {
        drawn(robot);
        return WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get(5, TimeUnit.SECONDS);
    }

    /** Which of the two sign colours the pixel is closer to. */
    private static Color nearestSignColour(Image image, double x, double y) {
        Color c = image.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
        return distance(c, Palette.POSITIVE) < distance(c, Palette.NEGATIVE) ? Palette.POSITIVE : Palette.NEGATIVE;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    /** Blue pixels in the column through the midpoint of a_1,1,1. */
    private int edgeThickness(FxRobot robot, Network network) throws Exception {
        robot.interact(() -> snapshot.set(Snapshots.of(network, ChapterExample.data())));
        Edge e = drawn(robot).edge(1, 0, 0);
        Image image = canvasImage(robot);
        int x = (int) Math.round(e.midX());
        int count = 0;
        for (int y = (int) e.midY() - 20; y <= e.midY() + 20; y++) {
            if (distance(image.getPixelReader().getColor(x, y), Palette.POSITIVE) < 0.6) {
                count++;
            }
        }
        return count;
    }
}
