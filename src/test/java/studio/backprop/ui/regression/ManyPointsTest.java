package studio.backprop.ui.regression;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Chart;
import studio.backprop.ui.chart.Pixels;

/** A hundred thousand points are drawn as a density where they lie, without a residual each. */
@ExtendWith(ApplicationExtension.class)
class ManyPointsTest {
    /** Points on the line y = x from 0 to 1, and one alone at (0.5, 0.05). */
    private static final DataSet MANY = many();
    private RegressionView view;

    private static DataSet many() {
        int n = 100_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n - 1; k++) {
            x[k] = k / (double) (n - 2);
            y[k] = x[k];
        }
        x[n - 1] = 0.5;
        y[n - 1] = 0.05;
        return DataSet.of1D(x, y);
    }

    @Start
    void start(Stage stage) {
        TrainingSnapshot s = Snapshots.of(ChapterExample.network(), MANY);
        view = new RegressionView(new SimpleObjectProperty<>(s), new SimpleIntegerProperty(-1));
        stage.setScene(new Scene(view, 640, 400));
        stage.show();
    }

    @Test
    void theDenseLineIsInkAndSoIsALonePointButTheEmptyPlotIsNot() {
        Image image = Pixels.grab(view.canvas());
        Chart c = view.chart();
        assertTrue(Pixels.near(image, c.x.toPixel(0.3), c.y.toPixel(0.3), 2, Palette.POINT), "the line of points");
        assertTrue(darkest(image, c.x.toPixel(0.5), c.y.toPixel(0.05)) < 0.6, "the lone point plainly grey");
        assertFalse(Pixels.near(image, c.x.toPixel(0.3), c.y.toPixel(0.7), 3, Palette.POINT), "nothing off the line");
    }

    /** The lowest brightness within 2 px. */
    private static double darkest(Image image, double x, double y) {
        double least = 1;
        for (int dx = -2; dx <= 2; dx++) {
            for (int dy = -2; dy <= 2; dy++) {
                least = Math.min(least, image.getPixelReader().getColor((int) x + dx, (int) y + dy).getBrightness());
            }
        }
        return least;
    }

    @Test
    void noResidualIsDrawnForEachOfThem() {
        Image image = Pixels.grab(view.canvas());
        Chart c = view.chart();
        // f(0.2) of the chapter's network lies far above 0.2: a residual would cross the gap between them
        assertFalse(Pixels.near(image, c.x.toPixel(0.2), c.y.toPixel(0.5), 2, Palette.RESIDUAL));
    }
}
