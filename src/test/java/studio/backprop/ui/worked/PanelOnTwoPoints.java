package studio.backprop.ui.worked;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.ui.model.Phase;
import studio.backprop.ui.model.Phase.Kind;
import studio.backprop.ui.model.StudioModel;

/**
 * The panel shown on a network of two inputs at the points ([0.5, -1], 1) and ([1, 1], 0), learning rate 0.1:
 * the harness of the panel tests on two inputs, each test class naming its network.
 */
abstract class PanelOnTwoPoints {
    static final DataSet TWO_POINTS = new DataSet(2, 1, new double[] {0.5, -1, 1, 1}, new double[] {1, 0});

    StudioModel model;
    WorkedExamplePanel panel;

    /** The network the panel works on. */
    abstract Network network();

    /** Called from each test class's {@code @Start}: TestFX looks for it in the test class only. */
    void show(Stage stage) {
        model = new StudioModel(new Experiment(network(), TWO_POINTS, 0.1));
        panel = new WorkedExamplePanel(model);
        stage.setScene(new Scene(panel, 900, 800));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000), "the training thread ends");
    }

    String latex(Kind kind, int layer) {
        return Fx.call(() -> panel.formulaView(new Phase(kind, layer)).getLatex());
    }
}
