package studio.backprop.ui.experiment;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import studio.backprop.engine.Presets;
import studio.backprop.io.InputException;
import studio.backprop.model.Progress;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.LossRecord;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.compare.ComparisonFiles;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.OptionsEdits;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.edit.StateChange;
import studio.backprop.ui.model.Run;
import studio.backprop.ui.model.StudioModel;

/**
 * Joins the experiment being edited to the trainer: every new editor state is loaded into the trainer,
 * and the editor learns how far training got from the trainer's snapshots. Document commands (open, save,
 * presets, import) go through here so that each one asks before discarding work, reports a problem in
 * one line and keeps the recent files and settings up to date. No UI: the dialogs are callbacks.
 * FX thread only.
 */
public final class ExperimentSession {
    /** How the question asked before unsaved changes would be lost begins. */
    public static final String SAVE_QUESTION = "Save ";

    private final ExperimentEditor editor;
    private final StudioModel model;
    private final Settings settings;
    private final ComparisonFiles comparisons;
    private Function<String, SaveChoice> askToSave = question -> SaveChoice.DONT_SAVE;
    private Supplier<Optional<Path>> askForFile = Optional::empty;
    private Consumer<String> errors = message -> { };
    /** The editor's state the trainer was given last. */
    private SavedExperiment loaded;

    public ExperimentSession(ExperimentEditor editor, StudioModel model, Settings settings) {
        this.editor = Objects.requireNonNull(editor);
        this.model = Objects.requireNonNull(model);
        this.settings = Objects.requireNonNull(settings);
        this.comparisons = new ComparisonFiles(model, editor);
        editor.setProgressSource(this::progress);
        // Not a change listener: a reset can lead to a state equal to one shown before, still to be loaded.
        editor.stateProperty().addListener(obs -> loadTrainer(editor.state()));
        loadTrainer(editor.state());
        model.setReset(this::reset);
        model.snapshotProperty().addListener((obs, old, now) -> editor.noteProgress());
    }

    /**
     * Reset as a step that undo takes back: to the weights, iteration and optimiser memory training had
     * reached. At iteration 0 already, it only resets the run (a failure, a divergence).
     */
    public void reset() {
        if (!editor.reset()) {
            model.resetActiveRun();
        }
    }

    /** @param ask gets a question (beginning {@link #SAVE_QUESTION}) and a line saying what would be lost */
    public void setAskToSave(Function<String, SaveChoice> ask) {
        askToSave = Objects.requireNonNull(ask);
    }

    /** @param ask where Save asks for a file when the experiment has none; empty when the user cancelled */
    public void setAskForFile(Supplier<Optional<Path>> ask) {
        askForFile = Objects.requireNonNull(ask);
    }

    /** @param report gets one line meant for the user: the file, the place in it and the problem */
    public void setErrorReporter(Consumer<String> report) {
        errors = Objects.requireNonNull(report);
    }

    public ExperimentEditor editor() {
        return editor;
    }

    public StudioModel model() {
        return model;
    }

    public Settings settings() {
        return settings;
    }

    public List<Path> recentFiles() {
        return settings.recentFiles().list();
    }

    /**
     * Before unsaved changes would be lost, asks whether to save them.
     *
     * @return true when there is nothing unsaved, it was saved, or the user chose not to save; false when
     *         the user cancelled, or the save was cancelled or failed: then nothing may be lost
     */
    public boolean confirmDiscard() {
        if (!editor.hasUnsavedChanges()) {
            return true;
        }
        return switch (askToSave.apply(UnsavedQuestion.of(editor, documentName(), model.getSnapshot()))) {
            case SAVE -> saveOrAsk();
            case DONT_SAVE -> true;
            case CANCEL -> false;
        };
    }

    /** File > Save: to its file, or to one the user is asked for. @return false when cancelled or failed */
    public boolean saveOrAsk() {
        Path file = editor.fileProperty().get();
        return file != null ? saveAs(file) : askForFile.get().map(this::saveAs).orElse(false);
    }

    /** @return false when the user kept the unsaved changes */
    public boolean choosePreset(String id) {
        if (!confirmDiscard()) {
            return false;
        }
        editor.choosePreset(id);
        settings.setLastExperiment(null);
        return true;
    }

    /** @return true when the file was opened; otherwise nothing changed (declined, or reported) */
    public boolean open(Path path) {
        if (!confirmDiscard()) {
            return false;
        }
        try {
            editor.open(path);
        } catch (InputException e) {
            if (!Files.exists(path)) {
                settings.recentFiles().remove(path);
            }
            errors.accept(e.getMessage());
            return false;
        }
        remember(path);
        return true;
    }

    public boolean saveAs(Path path) {
        try {
            editor.saveAs(path);
        } catch (IOException e) {
            reportWriteProblem(path, e);
            return false;
        }
        remember(path);
        return true;
    }

    public boolean importData(Path path) {
        try {
            editor.importData(path);
            return true;
        } catch (InputException | IllegalArgumentException e) {
            errors.accept(e.getMessage());
            return false;
        }
    }

    public boolean exportData(Path path) {
        try {
            editor.exportData(path);
            return true;
        } catch (IOException e) {
            reportWriteProblem(path, e);
            return false;
        }
    }

    /** A file dropped on the window: a CSV replaces the data, anything else is opened as an experiment. */
    public boolean openDropped(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? importData(path) : open(path);
    }

    /** The Delete key: removes the point the views have selected; refused (the last point) it says why. */
    public void deleteSelectedPoint() {
        try {
            editor.deletePoint(model.selectedPointProperty().get());
        } catch (IllegalArgumentException e) {
            errors.accept(e.getMessage());
        }
    }

    /** Holds the selected point out of training, or trains on it again. */
    public void toggleSelectedHeldOut() {
        try {
            new OptionsEdits(editor).toggleHeldOut(model.selectedPointProperty().get());
        } catch (IllegalArgumentException e) {
            errors.accept(e.getMessage());
        }
    }

    /** For the close request: true when the window may close. */
    public boolean canClose() {
        return confirmDiscard();
    }

    /** "sine.bpstudio", or the preset's title before the experiment has a file. */
    public String documentName() {
        Path file = editor.fileProperty().get();
        if (file != null) {
            return file.getFileName().toString();
        }
        String preset = editor.state().preset();
        return preset == null ? "untitled" : Presets.find(preset).map(p -> p.title()).orElse(preset);
    }

    /** For the window title: the document's name, with a star while it has unsaved changes. */
    public StringBinding documentTitle() {
        return Bindings.createStringBinding(() -> documentName() + (editor.hasUnsavedChanges() ? " *" : ""),
                editor.stateProperty(), editor.fileProperty(), editor.unsavedChangesProperty());
    }

    private void remember(Path path) {
        settings.recentFiles().add(path);
        settings.setLastExperiment(path);
    }

    private void loadTrainer(SavedExperiment now) {
        SavedExperiment old = loaded;
        loaded = now;
        // Every edit, undo and redo leaves a Run running, from wherever the edit puts training; a new
        // document and a Reset start paused. Stepping and "run to" had a count or a target that an edit
        // makes meaningless: they stop.
        TrainingSnapshot shown = model.getSnapshot();
        StateChange why = editor.lastChange();
        boolean keepRunning = old != null && shown != null && shown.state() == TrainingSnapshot.State.RUNNING
                && shown.target() < 0 && why.kind() != StateChange.Kind.START
                && why.kind() != StateChange.Kind.RESET;
        comparisons.beforeLoading(now, why);
        if (now.atStart()) {
            model.load(now.experiment());
        } else {
            model.resume(now.experiment(), now.network(), now.iteration(), now.memory(), now.position(),
                    lossRecord(now, why));
        }
        comparisons.afterLoading(now, why);
        if (keepRunning) {
            model.run();
        }
        model.noticeProperty().set(old == null ? "" : EditNotice.of(why, shown, now, keepRunning));
    }

    /**
     * The loss chart that led to {@code now}: as it was for a new document or an undone reset, else with the
     * edit marked where training goes on.
     */
    private static LossRecord lossRecord(SavedExperiment now, StateChange why) {
        boolean asItWas = why.kind() == StateChange.Kind.START || why.undoesReset();
        return asItWas ? now.history() : now.history().editedAt(now.iteration());
    }

    /** How far training got (run 1's, whichever run is shown), once the trainer shows the editor's state. */
    private Progress progress() {
        Run first = model.comparison().active() ? model.runs().get(0) : model.activeRun();
        TrainingSnapshot s = first.getSnapshot();
        SavedExperiment state = editor.state();
        if (s == null || !first.settled() || !s.initial().equals(state.initialNetwork())
                || !s.data().equals(state.data())) {
            return null;
        }
        return Progress.of(s);
    }

    /** Says a problem where the window says them; "" (all is well) says nothing. */
    public void report(String problem) {
        if (!problem.isEmpty()) {
            errors.accept(problem);
        }
    }

    /** Reports a file that could not be written, in one line without Java's names for the problem. */
    public void reportWriteProblem(Path path, IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "the folder does not exist"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage();
        errors.accept(path.getFileName() + ": could not be written: " + reason);
    }
}
