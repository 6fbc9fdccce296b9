package studio.backprop.ui.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.GradientCheck.Entry;
import studio.backprop.engine.Network;
import studio.backprop.testing.FxThread;
import studio.backprop.ui.model.StudioModel;

@ExtendWith(ApplicationExtension.class)
class GradientCheckViewTest {
    /** 2-3-2: two inputs, two outputs. */
    private static final Network TWO_BY_TWO = new Network(
            new Architecture(new int[] {2, 3, 2}, List.of(Activation.TANH, Activation.SIGMOID)),
            new double[][] {{0.5, -1, 2, 0.25, 1, 1}, {1, -2, 0.5, -0.5, 0.25, 1}},
            new double[][] {{0.1, -0.2, 0}, {0.05, -0.05}});
    private static final DataSet XOR_BOTH_WAYS = new DataSet(2, 2, new double[] {0, 0, 0, 1, 1, 0, 1, 1},
            new double[] {0, 1, 1, 0, 1, 0, 0, 1});

    private StudioModel model;
    private GradientCheckView view;

    /** Opens the view on {@code experiment}, presses Check and waits for the table. */
    private TableView<?> check(Experiment experiment, FxRobot robot) throws Exception {
        model = new StudioModel(experiment);
        view = FxThread.call(() -> {
            GradientCheckView v = new GradientCheckView(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(v, 700, 500));
            stage.sizeToScene();
            stage.show();
            return v;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.getSnapshot() != null);
        robot.clickOn("#gradcheckRun");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#gradcheckTable").queryTableView();
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#gradcheckSummary").queryAs(Label.class).getText();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        model.awaitTermination(2000);
        FxThread.run(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void checkListsAll21WeightsWorstFirstAndTheyAgreeOnTheChaptersExample(FxRobot robot) throws Exception {
        TableView<?> table = check(Experiment.chapter(), robot);

        assertEquals(21, table.getItems().size());
        assertTrue(view.resultProperty().get().maxRelativeError() < 1e-6);
        assertTrue(summary(robot).contains("agree"), summary(robot));
    }

    @Test
    void checkListsAll17WeightsOfA2By3By2NetworkAndTheyAgree(FxRobot robot) throws Exception {
        TableView<?> table = check(new Experiment(TWO_BY_TWO, XOR_BOTH_WAYS, 0.5), robot);

        assertEquals(17, table.getItems().size());
        List<String> names = view.resultProperty().get().entries().stream().map(Entry::name).toList();
        assertTrue(names.containsAll(List.of("a_112", "a_132", "a_223", "b_22")), names.toString());
        assertTrue(summary(robot).endsWith("backpropagation and calculus agree"), summary(robot));
    }
}
