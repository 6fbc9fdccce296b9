package studio.backprop.ui.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.Pixels;

/** A curve none of which is in sight is named on the plot, with where it went and its values. */
@ExtendWith(ApplicationExtension.class)
class OffScaleCurveTest {
    private final ObjectProperty<TrainingSnapshot> snapshot = new SimpleObjectProperty<>(Snapshots.chapter(0));
    private RegressionView view;

    @Start
    void start(Stage stage) {
        view = new RegressionView(snapshot, new SimpleIntegerProperty(0));
        stage.setScene(new Scene(view, 640, 400));
        stage.show();
    }

    @Test
    void aCurveAtMinus931EverywhereIsSaidToBeBelowThePlot(FxRobot robot) {
        robot.interact(() -> snapshot.set(constant(-931)));
        Image image = Pixels.grab(view.canvas());
        assertEquals(List.of(new OffScaleNote("f(x) now is below the plot: -931 everywhere", true)), view.offScaleNotes());
        Chart c = view.chart();
        double middle = (c.left() + c.right()) / 2;
        assertTrue(Pixels.near(image, middle, c.bottom() - 8, 14, Palette.CURVE), "framed in the curve's colour");
    }

    @Test
    void aCurveFarAboveIsSaidToBeAboveThePlotWithItsRange(FxRobot robot) {
        Network rising = new Network(new Architecture(new int[] {1, 1}, List.of(Activation.LINEAR)),
                new double[][] {{10}}, new double[][] {{500}});
        robot.interact(() -> snapshot.set(Snapshots.trained(new Experiment(rising, ChapterExample.data(), 1e-9), 0)));
        Pixels.grab(view.canvas());
        assertEquals(List.of(new OffScaleNote("f(x) now is above the plot: from 499 to 511", false)),
                view.offScaleNotes());
    }

    @Test
    void aCurveInSightGetsNoNote() {
        Pixels.grab(view.canvas());
        assertEquals(List.of(), view.offScaleNotes());
    }

    @Test
    void aCurveThatCrossesThePlotIsInSight() {
        assertNull(OffScaleNote.of("f(x) now", -1000, 1000, 0, 1));
        assertNull(OffScaleNote.of("f(x) now", 1, 5, 0, 1), "touching the top edge");
    }

    @Test
    void aCurveThatIsNowhereANumberIsSaidSo() {
        OffScaleNote note = OffScaleNote.of("f(x) now", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, 1);
        assertEquals("f(x) now is not a number anywhere here", note.text());
        assertFalse(note.below());
    }

    private static TrainingSnapshot constant(double f) {
        Network flat = new Network(new Architecture(new int[] {1, 1}, List.of(Activation.LINEAR)),
                new double[][] {{0}}, new double[][] {{f}});
        return Snapshots.trained(new Experiment(flat, ChapterExample.data(), 1e-9), 0);
    }
}
