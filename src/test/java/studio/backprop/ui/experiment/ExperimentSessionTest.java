package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Presets;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;

/** The session without any dialog: questions and errors go to the harness. */
@ExtendWith(ApplicationExtension.class)
class ExperimentSessionTest {
    @TempDir
    Path dir;

    private Harness h;

    @Start
    void start(Stage stage) {
        h = new Harness();
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    @Test
    void choosingAPresetWithUnsavedChangesAsksAndNoKeepsEverything(FxRobot robot) {
        robot.interact(() -> h.editor.addPoint(0.3, 0.3));
        SavedExperiment before = h.editor.state();
        robot.interact(() -> assertFalse(h.session.choosePreset("sine")));
        assertEquals(1, h.questions.size());
        assertTrue(h.questions.get(0).startsWith(ExperimentSession.SAVE_QUESTION));
        assertSame(before, h.editor.state());
        assertTrue(h.editor.hasUnsavedChanges());
    }

    @Test
    void choosingAPresetWithNothingUnsavedAsksNothingAndTheTrainerTrainsIt(FxRobot robot) {
        robot.interact(() -> assertTrue(h.session.choosePreset("sine")));
        assertTrue(h.questions.isEmpty());
        h.awaitData(Presets.get("sine").data());
        assertEquals(Presets.get("sine").architecture(), h.model.getSnapshot().network().architecture());
    }

    /** .bpstudio is the experiments' own type (JSON inside, as .json files have been). */
    @ParameterizedTest
    @ValueSource(strings = {"mine.json", "mine.bpstudio"})
    void saveThenOpenGivesBitIdenticalWeightsDataAndIteration(String name, FxRobot robot) {
        robot.interact(() -> h.editor.addPoint(0.33, 0.77));
        robot.interact(() -> h.model.step(37));
        h.awaitIteration(37);
        TrainingSnapshot trained = h.model.getSnapshot();
        Path file = dir.resolve(name);
        robot.interact(() -> assertTrue(h.session.saveAs(file)));
        h.answer = SaveChoice.DONT_SAVE;
        robot.interact(() -> h.session.choosePreset("step"));
        h.awaitData(Presets.get("step").data());
        robot.interact(() -> assertTrue(h.session.open(file)));
        h.awaitIteration(37);
        TrainingSnapshot reopened = h.model.getSnapshot();
        assertEquals(trained.network(), reopened.network(), "the weights reached, bit for bit");
        assertEquals(trained.initial(), reopened.initial());
        assertEquals(trained.data(), reopened.data());
        assertEquals(trained.learningRate(), reopened.learningRate());
        assertFalse(h.editor.hasUnsavedChanges());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad.json", "bad.bpstudio"})
    void openingAMalformedFileReportsItsOneLineMessageAndLeavesTheStateUnchanged(String name, FxRobot robot)
            throws IOException {
        Path bad = dir.resolve(name);
        Files.writeString(bad, "{\"format\": \"backprop-studio-experiment\", \"version\": 1, \"network\": [}");
        SavedExperiment before = h.editor.state();
        robot.interact(() -> assertFalse(h.session.open(bad)));
        assertEquals(1, h.errors.size());
        assertTrue(h.errors.get(0).startsWith(name + ": "), h.errors.get(0));
        assertFalse(h.errors.get(0).contains("\n"), "one line");
        assertSame(before, h.editor.state());
        assertTrue(h.session.recentFiles().isEmpty());
    }

    @Test
    void savingAndOpeningPutTheFileFirstAmongTheRecentOnesAndRememberIt(FxRobot robot) {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        robot.interact(() -> {
            h.session.saveAs(first);
            h.session.saveAs(second);
            h.session.open(first);
        });
        assertEquals(List.of(first.toAbsolutePath(), second.toAbsolutePath()), h.session.recentFiles());
        assertEquals(first.toAbsolutePath(), h.settings.lastExperiment().orElseThrow());
    }

    @Test
    void aDroppedCsvFileReplacesTheData(FxRobot robot) throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "x,y\n0,0.5\n1,0.25\n");
        robot.interact(() -> assertTrue(h.session.openDropped(csv)));
        assertEquals(2, h.editor.state().data().size());
        h.awaitData(h.editor.state().data());
    }

    @Test
    void theLossCsvHasAHeaderARowPerBucketAndTheCurrentWeightsLast(FxRobot robot) {
        robot.interact(() -> h.model.step(5));
        h.awaitIteration(5);
        TrainingSnapshot s = h.model.getSnapshot();
        String[] lines = Exports.lossCsv(s).split("\n");
        assertEquals("iteration,rss_min,rss_max,rss_last", lines[0]);
        assertEquals(s.history().size() + 2, lines.length);
        assertTrue(lines[1].startsWith("0,"));
        assertEquals("5," + s.rss() + "," + s.rss() + "," + s.rss(), lines[lines.length - 1]);
    }
}
