package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;
import studio.backprop.ui.model.ComparedRun;
import studio.backprop.ui.model.StudioModel;

/** Layers compared from the Compare menu: each run trains its own shape, and one kept becomes the experiment. */
class ComparingLayersTest extends WindowTest {
    private static final Architecture WIDEST = Architecture.sigmoid(1, 16, 8, 1);
    private StudioModel model;

    @Start
    void start(Stage stage) {
        show(stage);
        model = shown.model;
    }

    private void compareWidthsAndStepFive(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> model.getSnapshot() != null);
        robot.clickOn("Compare").clickOn("#compareWidths");
        ShownWindow.await("three runs", () -> model.comparison().comparedProperty().get().size() == 3);
        for (int k = 0; k < 5; k++) {
            robot.clickOn("#step");
        }
        ShownWindow.await("all three at 5", () -> model.comparison().comparedProperty().get().stream()
                .allMatch(r -> r.snapshot() != null && r.snapshot().iteration() == 5));
    }

    @Test
    void eachRunTrainsItsOwnLayersAndTheDiagramShowsTheRunChosen(FxRobot robot) {
        compareWidthsAndStepFive(robot);
        assertEquals(List.of("1-4-2-1", "1-8-4-1", "1-16-8-1"), model.comparison().comparedProperty().get().stream()
                .map(r -> r.snapshot().network().architecture().describe()).toList());

        robot.clickOn("#run-3");

        ShownWindow.await("run 3 shown", () -> model.getSnapshot().network().architecture().equals(WIDEST));
        assertEquals(List.of(false, false, true), model.comparison().comparedProperty().get().stream()
                .map(ComparedRun::active).toList());
    }

    @Test
    void aWiderRunKeptBecomesTheExperimentAndResetReturnsToItsOwnStart(FxRobot robot) {
        compareWidthsAndStepFive(robot);
        robot.clickOn("#run-3");
        ShownWindow.await("run 3 shown", () -> model.getSnapshot().network().architecture().equals(WIDEST));

        robot.clickOn("#keepRun");

        SavedExperiment kept = shown.window.session().editor().state();
        assertEquals(5, kept.iteration());
        assertEquals(WeightInit.chapter().draw(WIDEST), kept.initialNetwork());
        robot.clickOn("#reset");
        ShownWindow.await("back at its start", () -> model.getSnapshot().iteration() == 0);
        assertEquals(WeightInit.chapter().draw(WIDEST), model.getSnapshot().network());
    }

    @Test
    void aSeedKeptIsTheOneNewSeedDrawsFromAndResetReturnsTo(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> model.getSnapshot() != null);
        robot.clickOn("Compare").clickOn("#compareSeeds");
        ShownWindow.await("three runs", () -> model.comparison().comparedProperty().get().size() == 3);
        robot.clickOn("#step");
        ShownWindow.await("all three at 1", () -> model.comparison().comparedProperty().get().stream()
                .allMatch(r -> r.snapshot() != null && r.snapshot().iteration() == 1));
        robot.clickOn("#run-2");
        ShownWindow.await("run 2 shown", () -> model.comparison().comparedProperty().get().get(1).active());

        robot.clickOn("#keepRun");

        SavedExperiment kept = shown.window.session().editor().state();
        assertEquals(WeightInit.normal(1.0, 1), kept.init());
        assertEquals(WeightInit.normal(1.0, 1).draw(kept.network().architecture()), kept.initialNetwork());
        assertEquals(1, kept.iteration());
    }

    @Test
    void layersAndALearningRateAtOnceFromOtherComparison(FxRobot robot) {
        ShownWindow.await("the first snapshot", () -> model.getSnapshot() != null);
        robot.clickOn("Compare").clickOn("#compareOther");
        robot.interact(() -> robot.lookup("#compareValues").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#compareValues").write("0.01 1");
        robot.clickOn("#compareAddSetting");
        robot.interact(() -> robot.lookup("#compareSetting2").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue("layers (1-8-1, 1-4-4-1, …)"));
        robot.clickOn("#compareValues2").write("1-4-2-1 1-8-1");
        robot.clickOn("OK");

        ShownWindow.await("two runs", () -> model.comparison().comparedProperty().get().size() == 2);
        assertEquals(List.of("1-4-2-1, α = 0.01", "1-8-1, α = 1"), model.comparison().comparedProperty().get()
                .stream().map(ComparedRun::label).toList());
        ShownWindow.await("run 2 of its own layers", () -> model.comparison().comparedProperty().get().get(1)
                .snapshot() != null && model.comparison().comparedProperty().get().get(1).snapshot().network()
                .architecture().equals(Architecture.sigmoid(1, 8, 1)));
    }
}
