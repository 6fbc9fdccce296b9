package studio.backprop.ui.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Experiment;
import studio.backprop.ui.model.StudioModel;

@ExtendWith(ApplicationExtension.class)
class GradientCheckViewTest {
    private StudioModel model;
    private GradientCheckView view;

    @Start
    void start(Stage stage) {
        model = new StudioModel(Experiment.chapter());
        view = new GradientCheckView(model);
        stage.setScene(new Scene(view, 700, 500));
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        model.awaitTermination(2000);
    }

    @Test
    void checkListsAll21WeightsWorstFirstAndTheyAgreeOnTheChaptersExample(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.getSnapshot() != null);
        robot.clickOn("#gradcheckRun");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#gradcheckTable").queryTableView();
        assertEquals(21, table.getItems().size());
        assertTrue(view.resultProperty().get().maxRelativeError() < 1e-6);
        String summary = robot.lookup("#gradcheckSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains("agree"), summary);
    }
}
