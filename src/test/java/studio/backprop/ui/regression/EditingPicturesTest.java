package studio.backprop.ui.regression;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.chart.Pixels;

/**
 * Not a check but a look: the plot with editing on (hint, a drag under way, a refusal) as PNGs. Runs
 * only with {@code -Dinview.png=/tmp/inview}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "inview.png", matches = ".+")
class EditingPicturesTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void renderPictures(FxRobot robot) {
        for (boolean presentation : new boolean[] {false, true}) {
            for (int[] size : new int[][] {{640, 400}, {1000, 600}}) {
                String tag = size[0] + (presentation ? "-pres" : "");
                RecordingPointEdits edits = new RecordingPointEdits();
                RegressionView view = show(robot, size, presentation, edits);
                write(robot, view, "regression-edit-" + tag);
                Point2D target = view.toPixel(0.62, 0.18);
                robot.drag(screen(view, view.pointPosition(2)), MouseButton.PRIMARY).moveTo(screen(view, target));
                write(robot, view, "regression-drag-" + tag);
                robot.release(MouseButton.PRIMARY);
                edits.refusal = "the last point cannot be deleted: training needs at least one";
                robot.rightClickOn(screen(view, view.pointPosition(1)));
                robot.moveTo(screen(view, new Point2D(5, 5)));
                write(robot, view, "regression-refused-" + tag);
            }
        }
    }

    private RegressionView show(FxRobot robot, int[] size, boolean presentation, PointEdits edits) {
        RegressionView view = new RegressionView(new SimpleObjectProperty<>(Snapshots.chapter(10)),
                new SimpleIntegerProperty(2));
        robot.interact(() -> {
            view.presentationProperty().set(presentation);
            view.pointEditsProperty().set(edits);
            stage.setScene(new Scene(view, size[0], size[1]));
            stage.sizeToScene();
            stage.show();
        });
        Pixels.grab(view.canvas());
        return view;
    }

    private static Point2D screen(RegressionView view, Point2D local) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.localToScreen(local));
    }

    private static void write(FxRobot robot, RegressionView view, String name) {
        Pixels.grab(view.canvas());
        robot.interact(() -> {
            File file = new File(System.getProperty("inview.png"), name + ".png");
            file.getParentFile().mkdirs();
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(view.getScene().snapshot(null), null), "png", file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
