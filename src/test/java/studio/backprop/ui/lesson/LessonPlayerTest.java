package studio.backprop.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Network;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Trainer;
import studio.backprop.io.LessonFile;
import studio.backprop.io.OpenedLesson;
import studio.backprop.lesson.LessonPanel;
import studio.backprop.lesson.LessonView;
import studio.backprop.lesson.SceneDiagram;
import studio.backprop.lesson.SceneEdges;
import studio.backprop.testing.FxThread;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.Phase;

/** A lesson's scenes set the studio up exactly, train out of sight, come back bit for bit and act. */
class LessonPlayerTest extends PlayerTest {
    private static final String LESSON = """
            # Test lesson

            ## Stepping
            ```set-up
            point: 2
            views: network
            panels: worked
            phase: forward 2
            edges: gradient
            diagram: matrices
            ```
            The forward pass.

            ## Exercise 2, trained
            ```set-up
            preset: exercise2
            seed: 7
            rate: 0.1
            iteration: 2,000
            ```
            Out of sight.

            ## A rate changed on the way
            ```set-up
            iteration: 10
            rates: 0.1 at 5
            action: step 3
            ```
            Then three steps.
            """;

    @TempDir
    Path dir;
    @Start
    void start(Stage stage) {
        make();
    }

    private OpenedLesson lesson() throws Exception {
        Path file = dir.resolve("test.md");
        Files.writeString(file, LESSON);
        return LessonFile.read(file);
    }

    private void showScene(OpenedLesson lesson, int k) {
        FxThread.run(() -> player.open(lesson, k, true));
        FxThread.await("scene " + (k + 1) + " shown", () -> player.shownProperty().get());
    }

    private TrainingSnapshot snapshot() {
        return FxThread.call(model::getSnapshot);
    }

    @Test
    void aScenesSetUpArrangesTheWindowSelectsItsPointAndSetsTheStepper() throws Exception {
        showScene(lesson(), 0);
        assertEquals(1, (int) FxThread.call(() -> model.selectedPointProperty().get()));
        assertEquals(new Phase(Phase.Kind.FORWARD, 2), FxThread.call(() -> model.activePhaseProperty().get()));
        assertEquals(Set.of(LessonView.NETWORK), screen.views);
        assertEquals(Set.of(LessonPanel.WORKED), screen.panels);
        assertEquals(SceneEdges.GRADIENT, screen.edges);
        assertEquals(SceneDiagram.MATRICES, screen.diagram);
    }

    @Test
    void aSceneTrainsToItsIterationOutOfSightToTheSameWeightsATrainerReaches() throws Exception {
        showScene(lesson(), 1);
        Trainer alone = Presets.get("exercise2").experiment(7).withLearningRate(0.1).start();
        alone.iterate(2_000);
        TrainingSnapshot s = snapshot();
        assertEquals(2_000, s.iteration());
        assertEquals(alone.network(), s.network());
        assertEquals(0.1, s.learningRate());
        assertEquals(0, s.history().first(0), "the loss chart of the training from its start");
        assertTrue(s.history().first(s.history().size() - 1) >= 1_996, "the loss chart up to its end");
    }

    @Test
    void whileASceneTrainsOutOfSightItsProgressShowsAndTheViewsStayOnTheSceneBefore() throws Exception {
        OpenedLesson lesson = lesson();
        showScene(lesson, 0);
        double[] progress = FxThread.call(() -> {
            player.next();
            return new double[] {player.preparingProperty().get(), model.getSnapshot().iteration()};
        });
        assertEquals(0, progress[0], "a progress bar from 0");
        assertEquals(0, progress[1], "scene 1 still shows");
        FxThread.await("scene 2 shown", () -> player.shownProperty().get());
        assertEquals(-1, FxThread.call(() -> player.preparingProperty().get()), "no progress bar once shown");
    }

    @Test
    void goingBackToASceneRestoresItsStateBitForBitWhateverTheClassDidMeanwhile() throws Exception {
        OpenedLesson lesson = lesson();
        showScene(lesson, 1);
        Network first = snapshot().network();
        FxThread.run(() -> {
            model.setLearningRate(5);
            model.step(100);
        });
        FxThread.await("the class's steps", () -> model.getSnapshot().iteration() == 2_100
                && !model.getSnapshot().running());
        FxThread.run(player::previous);
        FxThread.await("scene 1", () -> player.shownProperty().get() && player.sceneProperty().get() == 0);
        FxThread.run(player::next);
        FxThread.await("scene 2 again", () -> player.shownProperty().get() && player.sceneProperty().get() == 1);
        TrainingSnapshot back = snapshot();
        assertEquals(2_000, back.iteration());
        assertEquals(first, back.network());
        assertEquals(0.1, back.learningRate());
        for (int l = 1; l <= first.depth(); l++) {
            assertArrayEquals(first.weights(l), back.network().weights(l), 0.0);
        }
    }

    @Test
    void theSetUpsRateChangesAtItsIterationAndTheActionStepsOn() throws Exception {
        showScene(lesson(), 2);
        FxThread.await("three steps done", () -> model.getSnapshot().iteration() == 13 && !model.getSnapshot().running());
        Trainer alone = new Trainer(ChapterExample.network(), ChapterExample.data(), 0.01);
        alone.iterate(5);
        alone.setLearningRate(0.1);
        alone.iterate(8);
        TrainingSnapshot s = snapshot();
        assertEquals(alone.network(), s.network());
        assertArrayEquals(new long[] {5}, s.rateChanges());
    }

    @Test
    void closingTheLessonLeavesTheWindowAsItIs() throws Exception {
        showScene(lesson(), 1);
        FxThread.run(player::close);
        assertNull(FxThread.call(player::lesson));
        assertEquals(2_000, snapshot().iteration());
    }
}
