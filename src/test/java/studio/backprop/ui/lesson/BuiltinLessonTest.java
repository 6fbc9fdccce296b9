package studio.backprop.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.Preset;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Trainer;
import studio.backprop.io.LessonFile;
import studio.backprop.io.OpenedLesson;
import studio.backprop.lesson.RateChange;
import studio.backprop.lesson.SetUp;
import studio.backprop.model.SavedExperiment;
import studio.backprop.testing.FxThread;
import studio.backprop.training.TrainingSnapshot;

/** "The chapter in twelve scenes": every scene opens as its set-up says, comes back bit for bit, and is the chapter's. */
class BuiltinLessonTest extends PlayerTest {
    private static final OpenedLesson LESSON = LessonFile.builtin();
    @Start
    void start(Stage stage) {
        make();
    }

    private void awaitScene(int k) {
        FxThread.await("scene " + (k + 1), () -> player.sceneProperty().get() == k && player.shownProperty().get());
    }

    /** What the scene's set-up asks for, trained by a trainer of its own: the oracle. */
    private static Trainer expected(SetUp s) {
        Preset preset = Presets.get(s.preset() == null ? "chapter" : s.preset());
        Experiment e = s.seed() == null ? preset.experiment() : preset.experiment(s.seed());
        Trainer t = e.withLearningRate(s.rate() == null ? e.learningRate() : s.rate()).start();
        long to = s.iteration() == null ? 0 : s.iteration();
        for (RateChange c : s.rates()) {
            t.iterate(c.iteration() - t.iteration());
            t.setLearningRate(c.rate());
        }
        t.iterate(to - t.iteration());
        return t;
    }

    @Test
    void theLessonHasTwelveScenesAndEveryCaptionSaysSomething() {
        assertEquals(12, LESSON.lesson().size());
        LESSON.lesson().scenes().forEach(s -> assertTrue(s.caption().length() > 200, s.title()));
    }

    @Test
    void everySceneOpensWithItsWeightsIterationRateSelectionAndViewsAsItsSetUpSays() {
        for (int k = 0; k < LESSON.lesson().size(); k++) {
            int scene = k;
            FxThread.run(() -> player.open(LESSON, scene, false));
            awaitScene(k);
            SetUp setUp = LESSON.lesson().scene(k).setUp();
            Trainer oracle = expected(setUp);
            TrainingSnapshot s = FxThread.call(model::getSnapshot);
            String where = "scene " + (k + 1);
            assertEquals(oracle.iteration(), s.iteration(), where);
            assertEquals(oracle.network(), s.network(), where);
            assertEquals(oracle.learningRate(), s.learningRate(), where);
            assertEquals(setUp.point() == null ? 0 : setUp.point() - 1,
                    (int) FxThread.call(() -> model.selectedPointProperty().get()), where);
            assertEquals(setUp.shownViews(), screen.views, where);
            assertEquals(setUp.openPanels(), screen.panels, where);
        }
    }

    @Test
    void goingBackThroughTheScenesRestoresEachOneBitForBitWhileTheirActionsRan() {
        FxThread.run(() -> player.open(LESSON, 0, true));
        awaitScene(0);
        List<SavedExperiment> forth = new ArrayList<>();
        forth.add(FxThread.call(() -> session.editor().state()));
        for (int k = 1; k < LESSON.lesson().size(); k++) {
            FxThread.run(player::next);
            awaitScene(k);
            forth.add(FxThread.call(() -> session.editor().state()));
        }
        for (int k = LESSON.lesson().size() - 2; k >= 0; k--) {
            FxThread.run(player::previous);
            awaitScene(k);
            SavedExperiment back = FxThread.call(() -> session.editor().state());
            assertEquals(forth.get(k), back, "scene " + (k + 1));
        }
    }

    @Test
    void theIterationOneSceneShowsTheChaptersUpdatedWeightsRssAndPredictions() {
        int k = 5;
        assertEquals(1L, LESSON.lesson().scene(k).setUp().iteration());
        FxThread.run(() -> player.open(LESSON, k, false));
        awaitScene(k);
        TrainingSnapshot s = FxThread.call(model::getSnapshot);
        Network n = s.network();
        double sixDecimals = 0.5e-6 + 1e-12;
        assertArrayEquals(new double[] {4.999469, -5.001162, 4.993225, -5.011194}, n.weights(1), sixDecimals);
        assertArrayEquals(new double[] {-0.761725, 1.742063, -3.257937, 4.238275}, n.biases(1), sixDecimals);
        assertArrayEquals(new double[] {9.996089, 9.995517, -0.002004, -0.005936, -0.005936, -0.002004, 9.995517,
            9.996089}, n.weights(2), sixDecimals);
        assertArrayEquals(new double[] {-12.507410, -12.507410}, n.biases(2), sixDecimals);
        assertArrayEquals(new double[] {9.998988, 9.998988}, n.weights(3), sixDecimals);
        assertArrayEquals(new double[] {-2.504838}, n.biases(3), sixDecimals);
        assertEquals(1.525, s.rss(), 0.5e-3);
        assertArrayEquals(new double[] {0.812, 0.973, 0.973, 0.972, 0.801}, s.predictions(), 0.5e-3 + 1e-12);
    }
}
