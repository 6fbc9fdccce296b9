package studio.backprop.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
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
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.TwoInputSnapshots;
import studio.backprop.ui.chart.Pixels;

@ExtendWith(ApplicationExtension.class)
class OutputMapViewTest {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(TwoInputSnapshots.xor(300));
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private OutputMapView view;

    @Start
    void start(Stage stage) {
        view = new OutputMapView(snapshot, selected);
        stage.setScene(new Scene(view, 640, 560));
        stage.sizeToScene();
        stage.show();
    }

    private double f(double x1, double x2) {
        return new Predictor(snapshot.get().network()).at(x1, x2).output();
    }

    @Test
    void theFieldIsColouredByTheOutputOnTheDivergingScale() {
        Image image = Pixels.grab(view.canvas());
        for (double[] x : new double[][] {{0.5, 0.5}, {0.1, 0.9}, {0.9, 0.1}, {0.3, 0.2}}) {
            double t = 2 * f(x[0], x[1]) - 1;
            Point2D p = view.toPixel(x[0], x[1]);
            assertTrue(Pixels.near(image, p.getX(), p.getY(), 0, argb(MapColours.field(t))),
                    "field colour at " + x[0] + ", " + x[1] + " where f = " + f(x[0], x[1]));
        }
    }

    @Test
    void highOutputsAreBlueAndLowOnesVermilion() {
        Image image = Pixels.grab(view.canvas());
        Color high = colourAt(image, view.toPixel(0.05, 0.95));
        Color low = colourAt(image, view.toPixel(0.5, 0.5));
        assertTrue(f(0.05, 0.95) > 0.7 && f(0.5, 0.5) < 0.3, "the trained map separates them");
        assertTrue(high.getBlue() > high.getRed(), "blue where f is near 1: " + high);
        assertTrue(low.getRed() > low.getBlue(), "vermilion where f is near 0: " + low);
    }

    @Test
    void theBoundaryIsDrawnWhereTheOutputCrossesAHalf() {
        Image image = Pixels.grab(view.canvas());
        double x1 = crossing(0.7);
        Point2D on = view.toPixel(x1, 0.7);
        assertTrue(Pixels.near(image, on.getX(), on.getY(), 2, Palette.BOUNDARY), "boundary at x1 = " + x1);
        Point2D off = view.toPixel(x1 + 0.15, 0.7);
        assertFalse(Pixels.near(image, off.getX(), off.getY(), 2, Palette.BOUNDARY), "no boundary 0.15 away");
    }

    @Test
    void targetsThatAreNotClassesHaveNoBoundary(FxRobot robot) {
        robot.interact(() -> snapshot.set(TwoInputSnapshots.surface(300)));
        Image image = Pixels.grab(view.canvas());
        for (double x1 = 0; x1 <= 1; x1 += 0.01) {
            Point2D p = view.toPixel(x1, 0.7);
            assertFalse(Pixels.near(image, p.getX(), p.getY(), 0, Palette.BOUNDARY), "no boundary at " + x1);
        }
    }

    @Test
    void eachPointIsColouredByItsClass() {
        Image image = Pixels.grab(view.canvas());
        for (int k = 0; k < 4; k++) {
            Point2D p = view.pointPosition(k);
            Color want = snapshot.get().data().y(k) == 1 ? Palette.MAP_HIGH : Palette.MAP_LOW;
            assertTrue(Pixels.near(image, p.getX(), p.getY(), 1, want), "point " + k + " in " + want);
        }
    }

    @Test
    void whileTrainingRunsEachPointStillShowsItsClassAndAHeldOutOneIsHollow(FxRobot robot) {
        robot.interact(() -> snapshot.set(TwoInputSnapshots.running(Snapshots.withHeldOut(snapshot.get(), 1))));
        Image image = Pixels.grab(view.canvas());
        for (int k : new int[] {0, 2, 3}) {
            Point2D p = view.pointPosition(k);
            Color want = snapshot.get().data().y(k) == 1 ? Palette.MAP_HIGH : Palette.MAP_LOW;
            assertTrue(Pixels.near(image, p.getX(), p.getY(), 1, want), "point " + k + " in " + want);
        }
        Point2D hollow = view.pointPosition(1);
        assertTrue(Pixels.near(image, hollow.getX(), hollow.getY(), 0, Color.WHITE), "white inside");
    }

    @Test
    void aHeldOutPointIsHollow(FxRobot robot) {
        robot.interact(() -> snapshot.set(Snapshots.withHeldOut(snapshot.get(), 1)));
        Image image = Pixels.grab(view.canvas());
        Point2D hollow = view.pointPosition(1);
        Point2D filled = view.pointPosition(2);
        assertTrue(Pixels.near(image, hollow.getX(), hollow.getY(), 0, Color.WHITE), "white inside");
        assertTrue(Pixels.near(image, filled.getX(), filled.getY(), 0, Palette.MAP_HIGH), "the other filled");
    }

    @Test
    void whileTrainingRunsTheFieldIsCoarse(FxRobot robot) {
        robot.interact(() -> snapshot.set(TwoInputSnapshots.running(TwoInputSnapshots.xor(301))));
        Pixels.grab(view.canvas());
        assertEquals(OutputMapView.COARSE, view.gridSize());
    }

    @Test
    void pausedTheFieldIsRefinedToTheFineGrid(FxRobot robot) throws Exception {
        robot.interact(() -> snapshot.set(TwoInputSnapshots.xor(302)));
        Pixels.grab(view.canvas());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.gridSize() == OutputMapView.FINE);
    }

    @Test
    void theFieldIsComputedOnlyWhenTheNetworkChanges(FxRobot robot) {
        Pixels.grab(view.canvas());
        robot.interact(() -> selected.set(2));
        Pixels.grab(view.canvas());
        assertEquals(0, view.evaluationNanos(), "a new selection reuses the field");
    }

    /** The x1 in [0.2, 0.8] at which f(x1, x2) crosses 0.5, by bisection. */
    private double crossing(double x2) {
        double lo = 0.2;
        double hi = 0.8;
        boolean loAbove = f(lo, x2) > 0.5;
        assertTrue(loAbove != f(hi, x2) > 0.5, "f crosses 0.5 between 0.2 and 0.8 at x2 = " + x2);
        for (int k = 0; k < 50; k++) {
            double mid = (lo + hi) / 2;
            if (f(mid, x2) > 0.5 == loAbove) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Color colourAt(Image image, Point2D p) {
        return image.getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    private static Color argb(int argb) {
        return Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff);
    }
}
