package studio.backprop.ui.regression;

import java.io.File;
import java.io.IOException;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.SnapshotCanvasPane;
import studio.backprop.ui.Snapshots;
import studio.backprop.ui.loss.LossHistoryView;

/**
 * Not a check but a look: renders both views to PNG files for a person to judge, at projector-ish
 * sizes and in presentation mode. Runs only with {@code -Dviews.png=/tmp/views}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "views.png", matches = ".+")
class ViewPicturesTest {

    @Start
    void start(Stage stage) {
    }

    @Test
    void renderPictures(FxRobot robot) {
        File dir = new File(System.getProperty("views.png"));
        dir.mkdirs();
        long[] iterations = {0, 10, 100_000};
        TrainingSnapshot[] snapshots = new TrainingSnapshot[iterations.length];
        for (int i = 0; i < iterations.length; i++) {
            snapshots[i] = iterations[i] == 100_000 ? Snapshots.chapter(iterations[i], 20_000, 60_000)
                    : Snapshots.chapter(iterations[i]);
        }
        TrainingSnapshot million = Snapshots.syntheticHistory(1_000_000);
        robot.interact(() -> {
            for (int i = 0; i < iterations.length; i++) {
                for (int[] size : new int[][] {{640, 400}, {1000, 600}}) {
                    for (boolean presentation : new boolean[] {false, true}) {
                        String tag = iterations[i] + "-" + size[0] + (presentation ? "-pres" : "");
                        RegressionView r = new RegressionView(new SimpleObjectProperty<>(snapshots[i]),
                                new SimpleIntegerProperty(2));
                        r.presentationProperty().set(presentation);
                        write(r, size, new File(dir, "regression-" + tag + ".png"), null);
                        RegressionView terms = new RegressionView(new SimpleObjectProperty<>(snapshots[i]),
                                new SimpleIntegerProperty(2));
                        terms.presentationProperty().set(presentation);
                        terms.showContributionsProperty().set(true);
                        write(terms, size, new File(dir, "regression-terms-" + tag + ".png"), null);
                        LossHistoryView l = new LossHistoryView(new SimpleObjectProperty<>(snapshots[i]));
                        l.presentationProperty().set(presentation);
                        write(l, size, new File(dir, "loss-" + tag + ".png"), null);
                        l = new LossHistoryView(new SimpleObjectProperty<>(snapshots[i]));
                        l.presentationProperty().set(presentation);
                        l.logXProperty().set(true);
                        write(l, size, new File(dir, "loss-logx-" + tag + ".png"), null);
                    }
                }
            }
            RegressionView r = new RegressionView(new SimpleObjectProperty<>(snapshots[1]), new SimpleIntegerProperty(1));
            write(r, new int[] {640, 400}, new File(dir, "regression-hover.png"), () -> {
                Point2D p = r.pointPosition(3);
                move(r, p.getX() + 3, p.getY() + 2);
            });
            LossHistoryView l = new LossHistoryView(new SimpleObjectProperty<>(million));
            write(l, new int[] {1000, 600}, new File(dir, "loss-million.png"), () -> move(l, 500, 300));
            LossHistoryView lx = new LossHistoryView(new SimpleObjectProperty<>(million));
            lx.logXProperty().set(true);
            lx.presentationProperty().set(true);
            write(lx, new int[] {640, 400}, new File(dir, "loss-million-logx-pres.png"), () -> move(lx, 400, 200));
        });
    }

    private static void move(Pane view, double x, double y) {
        view.fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null));
    }

    private static void write(SnapshotCanvasPane view, int[] size, File file, Runnable before) {
        Scene scene = new Scene(view, size[0], size[1]);
        scene.snapshot(null);
        if (before != null) {
            before.run();
        }
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }
}
