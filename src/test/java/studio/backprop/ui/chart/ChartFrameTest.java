package studio.backprop.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.Palette;

/** The frame's axes are filled pixel rows and columns: they must meet exactly at the corner. */
@ExtendWith(ApplicationExtension.class)
class ChartFrameTest {
    private final Canvas canvas = new Canvas(400, 300);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Group(canvas)));
        stage.show();
    }

    /** Heights chosen so the plot's bottom edge falls at different fractions of a pixel. */
    @ParameterizedTest
    @CsvSource({"1, 300", "1, 300.25", "1, 300.5", "1, 300.75", "1.6, 300", "1.6, 300.25", "1.6, 300.5", "1.6, 300.75"})
    void theUprightAxisEndsOnTheLastRowOfTheHorizontalOne(double scale, double height) throws Exception {
        Chart chart = new Chart();
        Image image = WaitForAsyncUtils.asyncFx(() -> {
            canvas.setHeight(height);
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Palette.BACKGROUND);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            chart.setScale(scale);
            // no tick at either end of the axes, whose own ticks would reach below the corner
            chart.x.range(0.013, 0.987, false, 0);
            chart.y.range(0.013, 0.987, false, 0);
            chart.layout(canvas.getWidth(), height, 0, n -> NiceTicks.linear(0.013, 0.987, n),
                    n -> NiceTicks.linear(0.013, 0.987, n));
            chart.drawFrame(g, "x", "y");
            return (Image) canvas.snapshot(null, null);
        }).get(10, TimeUnit.SECONDS);
        PixelReader pixels = image.getPixelReader();
        int column = (int) Math.floor(chart.left() + 0.5 - chart.axisWidth() / 2);
        int beside = column + 4; // on the x axis, short of its first tick

        assertEquals(lastAxisRow(pixels, beside, height), lastAxisRow(pixels, column, height),
                "bottom " + chart.bottom());
    }

    private static int lastAxisRow(PixelReader pixels, int x, double height) {
        int last = -1;
        for (int y = 0; y < height; y++) {
            if (pixels.getColor(x, y).equals(Palette.AXIS)) {
                last = y;
            }
        }
        return last;
    }
}
