package studio.backprop.ui.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.Pixels;

@ExtendWith(ApplicationExtension.class)
class RegressionViewTest {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.chapter(10));
    private final IntegerProperty selected = new SimpleIntegerProperty(0);
    private RegressionView view;

    @Start
    void start(Stage stage) {
        view = new RegressionView(snapshot, selected);
        stage.setScene(new Scene(view, 640, 400));
        stage.show();
    }

    @Test
    void theCurvePassesThroughThePredictedValue() {
        Image image = Pixels.grab(view.canvas());
        Chart c = view.chart();
        for (double x : new double[] {-0.05, 0.4, 0.6, 0.9}) {
            double f = new Predictor(snapshot.get().network()).at(x).output();
            assertTrue(Pixels.near(image, c.x.toPixel(x), c.y.toPixel(f), 1, Palette.CURVE),
                    "curve colour at f(" + x + ") = " + f);
            double off = c.y.toPixel(f) + 25;
            assertFalse(Pixels.near(image, c.x.toPixel(x), off, 1, Palette.CURVE), "not 25 px below");
        }
    }

    @Test
    void theInitialCurveIsDrawnFaintlyBesideIt() {
        Image image = Pixels.grab(view.canvas());
        Chart c = view.chart();
        Predictor initial = new Predictor(snapshot.get().initial());
        int hits = 0;
        for (double x = 0.3; x < 0.7; x += 0.005) {
            if (Pixels.near(image, c.x.toPixel(x), c.y.toPixel(initial.at(x).output()), 0, Palette.INITIAL_CURVE)) {
                hits++;
            }
        }
        assertTrue(hits > 20 && hits < 70, "dashed, so mostly but not everywhere: " + hits);
    }

    @Test
    void residualsJoinEachPointToTheCurveAndCanBeHidden(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TrainingSnapshot s = snapshot.get();
        Point2D p = view.pointPosition(0);
        double curveY = view.chart().y.toPixel(s.prediction(0));
        double midY = (p.getY() + curveY) / 2 + 7; // between grid lines
        assertTrue(Pixels.near(Pixels.grab(view.canvas()), p.getX(), midY, 1, Palette.RESIDUAL));
        robot.interact(() -> view.showResidualsProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Pixels.near(Pixels.grab(view.canvas()), p.getX(), midY, 1, Palette.RESIDUAL));
    }

    @Test
    void pointsAreDrawnAndTheSelectedOneIsRinged() {
        Image image = Pixels.grab(view.canvas());
        for (int k = 0; k < 5; k++) {
            Point2D p = view.pointPosition(k);
            assertTrue(Pixels.near(image, p.getX(), p.getY(), 0, Palette.POINT), "point " + k);
        }
        Point2D p = view.pointPosition(0);
        assertTrue(Pixels.near(image, p.getX() + 9, p.getY(), 1, Palette.SELECTED));
        assertFalse(Pixels.near(image, view.pointPosition(2).getX() + 9, view.pointPosition(2).getY(), 1,
                Palette.SELECTED));
    }

    @Test
    void clickingAPointSelectsIt(FxRobot robot) {
        Pixels.grab(view.canvas());
        Point2D p = view.pointPosition(3);
        robot.clickOn(view.localToScreen(p.getX() + 4, p.getY() - 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, selected.get());
        Point2D far = view.pointPosition(1);
        robot.clickOn(view.localToScreen(far.getX(), far.getY() + 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, selected.get(), "a click away from every point keeps the selection");
    }

    @Test
    void hoveringAPointShowsItsNumbers(FxRobot robot) {
        Pixels.grab(view.canvas());
        Point2D p = view.pointPosition(2);
        robot.moveTo(view.localToScreen(p.getX() + 2, p.getY() + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, view.hoveredPoint());
        robot.moveTo(view.localToScreen(p.getX() + 60, p.getY() + 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, view.hoveredPoint());
    }

    @Test
    void aRunawayCurveDoesNotSquashTheData(FxRobot robot) {
        Network steep = new Network(new Architecture(new int[] {1, 1}, List.of(Activation.LINEAR)),
                new double[][] {{1000}}, new double[][] {{0}});
        DataSet data = DataSet.of1D(new double[] {0, 1, 2}, new double[] {0, 1, 0.5});
        robot.interact(() -> snapshot.set(Snapshots.trained(new Experiment(steep, data, 1e-9), 0)));
        Pixels.grab(view.canvas());
        assertTrue(view.chart().y.hi() < 3.5 && view.chart().y.lo() > -2.5,
                view.chart().y.lo() + " .. " + view.chart().y.hi());
        assertTrue(view.pointPosition(1).getY() - view.pointPosition(0).getY() < -40, "data keeps its height");
    }

    @Test
    void equalXsGetAUnitWideRange(FxRobot robot) {
        DataSet data = DataSet.of1D(new double[] {2, 2}, new double[] {0, 1});
        Network net = new Network(Architecture.sigmoid(1, 1), new double[][] {{1}}, new double[][] {{0}});
        robot.interact(() -> snapshot.set(Snapshots.trained(new Experiment(net, data, 0.1), 3)));
        Pixels.grab(view.canvas());
        assertEquals(1.5, view.chart().x.lo(), 1e-12);
        assertEquals(2.5, view.chart().x.hi(), 1e-12);
    }

    @Test
    void presentationModeEnlargesTextAndMargins(FxRobot robot) {
        Pixels.grab(view.canvas());
        double size = view.chart().tickFont().getSize();
        double left = view.chart().left();
        robot.interact(() -> view.presentationProperty().set(true));
        Pixels.grab(view.canvas());
        assertEquals(size * 1.6, view.chart().tickFont().getSize(), 1e-5);
        assertTrue(size >= 13 && size <= 14);
        assertTrue(view.chart().left() > left);
        assertNotNull(view.pointPosition(4));
    }
}
