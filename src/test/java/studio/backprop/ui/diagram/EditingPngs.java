package studio.backprop.ui.diagram;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
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

/** Not a test: the diagram with weight editing on, as PNGs. Run with -Dinview.png=/tmp/inview. */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "inview.png", matches = ".+")
class EditingPngs {
    private ShownDiagram shown;

    @Start
    void start(Stage stage) {
        shown = new ShownDiagram(stage, Snapshots.chapter(1));
        shown.view.weightEditsProperty().set(new RecordingWeightEdits());
    }

    @Test
    void render(FxRobot robot) {
        for (boolean presentation : new boolean[] {false, true}) {
            String tag = presentation ? "-pres" : "";
            robot.interact(() -> shown.view.presentationProperty().set(presentation));
            Edge a211 = shown.drawn(robot).edge(2, 0, 0);
            robot.moveTo(screen(a211.midX(), a211.midY()));
            write(robot, "diagram-hover" + tag);
            robot.doubleClickOn(screen(a211.midX(), a211.midY()));
            write(robot, "diagram-field" + tag);
            robot.write("abc").type(KeyCode.ENTER);
            write(robot, "diagram-field-refused" + tag);
            robot.type(KeyCode.ESCAPE);
            Node n = shown.drawn(robot).neuron(1, 0);
            robot.doubleClickOn(screen(n.x(), n.y()));
            write(robot, "diagram-field-bias" + tag);
            robot.type(KeyCode.ESCAPE);
        }
    }

    private Point2D screen(double x, double y) {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> shown.view.localToScreen(x, y));
    }

    private void write(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            shown.view.layout();
            File file = new File(System.getProperty("inview.png"), name + ".png");
            file.getParentFile().mkdirs();
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(shown.view.getScene().snapshot(null), null), "png", file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
