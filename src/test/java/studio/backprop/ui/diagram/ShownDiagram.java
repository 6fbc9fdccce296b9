package studio.backprop.ui.diagram;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.training.TrainingSnapshot;

/** A diagram on a stage, with the properties a test turns: what the new diagram tests share. */
final class ShownDiagram {
    final ObjectProperty<TrainingSnapshot> snapshot;
    final IntegerProperty point = new SimpleIntegerProperty(0);
    final NetworkDiagramView view;

    ShownDiagram(Stage stage, TrainingSnapshot first) {
        snapshot = new SimpleObjectProperty<>(first);
        view = new NetworkDiagramView(snapshot, point);
        stage.setScene(new Scene(view, 1000, 650));
        stage.show();
    }

    /** Lays out and draws now, returning the layout drawn. */
    Layout drawn(FxRobot robot) {
        robot.interact(() -> view.layout());
        return view.diagramLayout();
    }

    /** Runs a change on the FX thread, then draws. */
    Layout after(FxRobot robot, Runnable change) {
        robot.interact(change);
        return drawn(robot);
    }

    Image image(FxRobot robot) throws Exception {
        drawn(robot);
        return WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get(5, TimeUnit.SECONDS);
    }
}
