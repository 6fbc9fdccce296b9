package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Network;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.io.ExperimentFile;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.compare.Comparing;
import studio.backprop.ui.model.ComparedRun;

/** Runs compared side by side are saved in the experiment's file and come back from it where they were. */
@ExtendWith(ApplicationExtension.class)
class SavingAComparisonTest {
    @TempDir
    Path dir;

    private Harness h;
    /** A second studio, started afresh, that opens what the first saved. */
    private Harness fresh;

    @Start
    void start(Stage stage) {
        h = new Harness();
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
        if (fresh != null) {
            fresh.close();
        }
    }

    /** Adam with shuffled batches of two, so that each run has a memory and a place in its epoch to keep. */
    private void adamInBatches(FxRobot robot) {
        robot.interact(() -> {
            h.editor.setOptimizer(OptimizerSpec.of("adam", Map.of()));
            h.editor.edit(s -> s.withOptions(new TrainingOptions(2, OptionalLong.of(7), Penalty.NONE, List.of())),
                    "batches of 2");
        });
    }

    private void compareThreeRates(FxRobot robot) {
        robot.interact(() -> new Comparing(h.model, h.editor).compareRates());
    }

    /** Waits until {@code in} compares {@code count} runs, each paused at {@code iteration}. */
    private static List<TrainingSnapshot> awaitRuns(Harness in, int count, long iteration) {
        Harness.await(count + " runs paused at " + iteration, () -> {
            List<ComparedRun> runs = in.model.comparison().comparedProperty().get();
            return runs.size() == count && runs.stream().allMatch(r -> r.snapshot() != null
                    && r.snapshot().iteration() == iteration && !r.snapshot().running());
        });
        return in.model.comparison().comparedProperty().get().stream().map(ComparedRun::snapshot).toList();
    }

    private static List<Network> networks(List<TrainingSnapshot> runs) {
        return runs.stream().map(TrainingSnapshot::network).toList();
    }

    @Test
    void threeRatesSavedAtIteration30OpenInAFreshStudioThereAndTrainOnAsIfTheyHadNeverStopped(FxRobot robot) {
        adamInBatches(robot);
        compareThreeRates(robot);
        robot.interact(() -> h.model.step(30));
        List<TrainingSnapshot> saved = awaitRuns(h, 3, 30);
        Path file = dir.resolve("rates.json");
        robot.interact(() -> assertTrue(h.session.saveAs(file)));

        robot.interact(() -> {
            fresh = new Harness();
            assertTrue(fresh.session.open(file));
        });

        List<TrainingSnapshot> reopened = awaitRuns(fresh, 3, 30);
        assertEquals(networks(saved), networks(reopened), "every run's weights, bit for bit");
        assertEquals(saved.stream().map(TrainingSnapshot::learningRate).toList(),
                reopened.stream().map(TrainingSnapshot::learningRate).toList());
        robot.interact(() -> {
            h.model.step(20);
            fresh.model.step(20);
        });
        assertEquals(networks(awaitRuns(h, 3, 50)), networks(awaitRuns(fresh, 3, 50)),
                "20 more iterations after opening are those of the comparison that never stopped");
        robot.interact(() -> assertTrue(fresh.errors.isEmpty(), fresh.errors.toString()));
    }

    @Test
    void run1ComesBackAtTheRateItWasChangedToNotItsVariants(FxRobot robot) {
        compareThreeRates(robot);
        robot.interact(() -> h.model.step(10));
        awaitRuns(h, 3, 10);
        robot.interact(() -> {
            h.model.setLearningRate(0.05);
            h.model.step(10);
        });
        List<TrainingSnapshot> saved = awaitRuns(h, 3, 20);
        Path file = dir.resolve("changed.json");
        robot.interact(() -> assertTrue(h.session.saveAs(file)));

        robot.interact(() -> {
            fresh = new Harness();
            assertTrue(fresh.session.open(file));
        });

        Harness.await("run 1 at 0.05", () -> fresh.model.runs().get(0).getSnapshot() != null
                && fresh.model.runs().get(0).getSnapshot().learningRate() == 0.05);
        robot.interact(() -> {
            h.model.step(5);
            fresh.model.step(5);
        });
        assertEquals(0.05, saved.get(0).learningRate());
        assertEquals(networks(awaitRuns(h, 3, 25)), networks(awaitRuns(fresh, 3, 25)));
    }

    @Test
    void savingWhileRun3IsShownKeepsRun1AsTheExperimentAndRun3AsItself(FxRobot robot) throws Exception {
        compareThreeRates(robot);
        robot.interact(() -> h.model.step(30));
        List<TrainingSnapshot> runs = awaitRuns(h, 3, 30);
        Path file = dir.resolve("shown.json");

        robot.interact(() -> {
            h.model.setActiveRun(h.model.runs().get(2));
            assertTrue(h.session.saveAs(file));
        });

        SavedExperiment read = ExperimentFile.read(file);
        assertEquals(runs.get(0).network(), read.network());
        assertEquals(runs.get(2).network(), read.comparison().runs().get(1).network());
    }

    @Test
    void startingAComparisonIsAnUnsavedChangeThatSavingClearsAndEndingItIsAnother(FxRobot robot) {
        Path file = dir.resolve("marked.json");
        robot.interact(() -> assertTrue(h.session.saveAs(file)));
        assertFalse(h.editor.hasUnsavedChanges());

        compareThreeRates(robot);
        robot.interact(() -> assertTrue(h.editor.hasUnsavedChanges(), "a comparison started"));
        robot.interact(() -> assertTrue(h.session.saveAs(file)));
        robot.interact(() -> assertFalse(h.editor.hasUnsavedChanges(), "saved with it"));
        robot.interact(() -> h.model.comparison().remove(h.model.runs().get(2)));
        robot.interact(() -> assertTrue(h.editor.hasUnsavedChanges(), "a run removed"));
        robot.interact(() -> assertTrue(h.session.saveAs(file)));
        robot.interact(() -> h.model.comparison().keepOnly(h.model.runs().get(0)));
        robot.interact(() -> assertTrue(h.editor.hasUnsavedChanges(), "the comparison ended"));
    }

    @Test
    void openingAFileOfOneRunEndsTheComparison(FxRobot robot) {
        Path alone = dir.resolve("alone.json");
        robot.interact(() -> assertTrue(h.session.saveAs(alone)));
        compareThreeRates(robot);
        h.answer = SaveChoice.DONT_SAVE;

        robot.interact(() -> assertTrue(h.session.open(alone)));

        robot.interact(() -> {
            assertFalse(h.model.comparison().active());
            assertEquals(1, h.model.runs().size());
            assertSame(h.model.runs().get(0), h.model.activeRun());
            assertFalse(h.editor.hasUnsavedChanges());
        });
        assertNull(h.editor.state().comparison());
    }

    @Test
    void aFileWithAMalformedComparisonIsRefusedInOneLineAndNothingIsCompared(FxRobot robot) throws IOException {
        Path file = dir.resolve("rates.json");
        compareThreeRates(robot);
        robot.interact(() -> assertTrue(h.session.saveAs(file)));
        Files.writeString(file, Files.readString(file).replace("\"key\": \"lr\"", "\"key\": \"speed\""));

        robot.interact(() -> {
            fresh = new Harness();
            assertFalse(fresh.session.open(file));
            assertEquals(List.of("rates.json: \"comparison\": unknown setting to compare \"speed\" (known: lr, optimizer,"
                    + " batch-size, momentum, l2, l1, seed, layers)"), fresh.errors);
            assertFalse(fresh.model.comparison().active());
        });
    }
}
