package studio.backprop.ui.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Activation;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Trainer;
import studio.backprop.io.InputException;
import studio.backprop.model.Progress;
import studio.backprop.model.SavedExperiment;

class ExperimentEditorTest {
    @TempDir
    Path dir;

    private final ExperimentEditor editor = new ExperimentEditor(new Random(1));

    @Test
    void itStartsWithTheChaptersExampleWithNothingToSave() {
        assertEquals(Experiment.chapter(), editor.state().experiment());
        assertFalse(editor.hasUnsavedChanges());
        assertNull(editor.fileProperty().get());
    }

    @Test
    void dataEditsUndoAndRedoOneByOne() {
        editor.addPoint(0.1, 0.9);
        editor.movePoint(0, 0.05, 0.2);
        editor.deletePoint(1);
        assertEquals(5, editor.state().data().size());
        assertTrue(editor.hasUnsavedChanges());
        assertEquals("delete point", editor.history().undoDescription());
        editor.undo();
        editor.undo();
        assertEquals(0.0, editor.state().data().x(0));
        assertEquals(0.1, editor.state().data().x(5));
        editor.undo();
        assertEquals(ChapterExample.data(), editor.state().data());
        assertFalse(editor.hasUnsavedChanges(), "back where it started");
        editor.redo();
        assertEquals(6, editor.state().data().size());
    }

    @Test
    void aWeightEditAppliesToTheWeightsReachedAndStartsThereAtIterationZero() {
        Trainer descent = Experiment.chapter().start();
        descent.iterate(100);
        editor.setProgressSource(() -> new Progress(descent.network(), 100, 0.01));
        editor.setWeight(2, 1, 3, 7.5);
        SavedExperiment s = editor.state();
        assertEquals(descent.network().withWeight(2, 1, 3, 7.5), s.initialNetwork());
        assertEquals(s.initialNetwork(), s.network());
        assertEquals(0, s.iteration());
        editor.undo();
        assertEquals(ChapterExample.network(), editor.state().initialNetwork());
        assertEquals(descent.network(), editor.state().network(), "undo returns to where training was");
        assertEquals(100, editor.state().iteration());
    }

    @Test
    void aBiasEditIsUndone() {
        editor.setBias(3, 0, 1.25);
        assertEquals(1.25, editor.state().initialNetwork().bias(3, 0));
        editor.undo();
        assertEquals(-2.5, editor.state().initialNetwork().bias(3, 0));
    }

    @Test
    void settingALayerToTwentyNeuronsIsOneUndoStep() {
        editor.setNeurons(1, 20);
        assertEquals("1-20-2-1", editor.state().network().architecture().describe());
        editor.setNeurons(1, 3);
        assertEquals("1-3-2-1", editor.state().network().architecture().describe());
        editor.undo();
        assertEquals("1-20-2-1", editor.state().network().architecture().describe());
        editor.undo();
        assertEquals(ChapterExample.network(), editor.state().network());
    }

    @Test
    void architectureEditsUndoAndRedo() {
        editor.addLayer(1, 3, Activation.TANH);
        editor.addNeuron(2);
        editor.setActivation(4, Activation.LINEAR);
        editor.removeNeuron(2, 0);
        editor.removeLayer(1);
        assertEquals("1-4-2-1", editor.state().network().architecture().describe());
        assertEquals(Activation.LINEAR, editor.state().network().architecture().activation(3));
        editor.undo();
        assertEquals("1-3-4-2-1", editor.state().network().architecture().describe());
        editor.undo();
        editor.undo();
        editor.undo();
        assertEquals("1-3-4-2-1", editor.state().network().architecture().describe());
        editor.undo();
        assertEquals(ChapterExample.network(), editor.state().network());
        editor.redo();
        assertEquals(Activation.TANH, editor.state().network().architecture().activation(1));
    }

    @Test
    void aRefusedEditChangesNothingAndIsNotRecorded() {
        SavedExperiment before = editor.state();
        assertThrows(IllegalArgumentException.class, () -> editor.removeNeuron(3, 0));
        assertThrows(IllegalArgumentException.class, () -> editor.deletePoint(9));
        assertThrows(IllegalArgumentException.class, () -> editor.setWeight(1, 0, 0, Double.NaN));
        assertSame(before, editor.state());
        assertFalse(editor.history().canUndo());
    }

    @Test
    void aNewSeedDrawsNewWeightsTheSameWayAndAPresetsSeedIsItsOwn() {
        editor.choosePreset("exercise2");
        assertEquals(Presets.get("exercise2").experiment(), editor.state().experiment());
        editor.newSeed();
        assertNotEquals(Presets.get("exercise2").experiment().initial(), editor.state().initialNetwork());
        editor.setSeed(42);
        assertEquals(Presets.get("exercise2").experiment(42).initial(), editor.state().initialNetwork());
        assertEquals(42, editor.state().init().seed());
    }

    @Test
    void aSeedBelowZeroIsRefused() {
        editor.choosePreset("exercise2");
        assertThrows(IllegalArgumentException.class, () -> editor.setSeed(-1));
        assertFalse(editor.history().canUndo());
    }

    @Test
    void choosingAPresetForgetsTheUndoHistory() {
        editor.addPoint(0.5, 0.5);
        editor.choosePreset("sine");
        assertFalse(editor.history().canUndo());
        assertFalse(editor.hasUnsavedChanges());
        assertEquals("sine", editor.state().preset());
    }

    @Test
    void saveThenOpenGivesTheSameWeightsDataAndIteration() throws Exception {
        Trainer descent = Experiment.chapter().start();
        descent.iterate(123);
        editor.addPoint(1.0 / 3, 0.1);
        editor.setProgressSource(() -> new Progress(descent.network(), descent.iteration(), 0.03));
        Path file = dir.resolve("mine.json");
        editor.saveAs(file);
        assertFalse(editor.hasUnsavedChanges());
        assertEquals(file, editor.fileProperty().get());

        ExperimentEditor other = new ExperimentEditor();
        other.open(file);
        SavedExperiment read = other.state();
        assertEquals(descent.network(), read.network());
        assertArrayEquals(descent.network().weights(2), read.network().weights(2));
        assertEquals(123, read.iteration());
        assertEquals(0.03, read.learningRate());
        assertEquals(editor.state().data(), read.data());
        assertFalse(other.hasUnsavedChanges());
    }

    @Test
    void aBadFileLeavesTheEditorExactlyAsItWas() throws Exception {
        editor.addPoint(0.3, 0.3);
        SavedExperiment before = editor.state();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"backprop-studio-experiment\", \"version\": 1, \"data\": []}");
        assertThrows(InputException.class, () -> editor.open(bad));
        Path badCsv = dir.resolve("bad.csv");
        Files.writeString(badCsv, "x,y\n1,abc\n");
        assertThrows(InputException.class, () -> editor.importData(badCsv));
        assertSame(before, editor.state());
        assertTrue(editor.hasUnsavedChanges());
        assertTrue(editor.history().canUndo());
        assertNull(editor.fileProperty().get());
    }

    @Test
    void aFailedSaveKeepsTheUnsavedChangesAndTheFileName() throws Exception {
        Path file = dir.resolve("e.json");
        editor.saveAs(file);
        editor.addPoint(0.2, 0.2);
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where a folder should be");
        assertThrows(IOException.class, () -> editor.saveAs(blocked.resolve("e.json")));
        assertTrue(editor.hasUnsavedChanges());
        assertEquals(file, editor.fileProperty().get());
    }

    @Test
    void dataImportedAndExportedAsCsvIsTheSame() throws Exception {
        editor.choosePreset("bump");
        Path csv = dir.resolve("bump.csv");
        editor.exportData(csv);
        editor.choosePreset("chapter");
        editor.importData(csv);
        assertEquals(Presets.get("bump").data(), editor.state().data());
        editor.undo();
        assertEquals(ChapterExample.data(), editor.state().data());
    }

    @Test
    void pointsOfTwoInputsImportIntoAnExperimentOfTwoInputs() throws Exception {
        editor.choosePreset("xor");
        Path csv = dir.resolve("xor.csv");
        Files.writeString(csv, "x1;x2;y\n0,5;-0,5;1\n");
        editor.importData(csv);
        assertEquals(new DataSet(2, 1, new double[] {0.5, -0.5}, new double[] {1}), editor.state().data());
    }
}
