package studio.backprop.ui.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import studio.backprop.engine.Activation;
import studio.backprop.engine.ArchitectureEdit;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Network;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Presets;
import studio.backprop.engine.WeightInit;
import studio.backprop.io.Columns;
import studio.backprop.io.DataFile;
import studio.backprop.io.ExperimentFile;
import studio.backprop.io.InputException;
import studio.backprop.model.Progress;
import studio.backprop.model.SavedExperiment;

/**
 * The experiment being edited, with undo, its file and whether it has unsaved changes. Every command
 * either changes the state and records it for undo, or throws and changes nothing.
 *
 * <p>How edits meet training: data edits keep the weights training has reached (it goes on with the new
 * points from where it was); weight, architecture and seed edits apply to the weights reached, and the
 * result becomes the new initial network at iteration 0, so Reset returns to the network as edited.
 * Reset is a step too, back to the initial network at iteration 0. Before each step the progress (from
 * {@link #setProgressSource}) is kept in the state being left, so undo returns to where training was,
 * the optimiser's memory included. Training progress and the learning rate are unsaved changes too,
 * as a file keeps them.
 *
 * <p>The app listens to {@link #stateProperty()} and loads each new state into its trainer: initial weights
 * {@code initialNetwork}, resumed at {@code network} after {@code iteration} iterations; {@link #lastChange()}
 * says why it changed. FX thread only.
 */
public final class ExperimentEditor {
    private final UndoableState state;
    private final Document document = new Document();
    /** "New seed" draws seeds from 0 to one below this: short enough to read out and to fit the field. */
    public static final int NEW_SEEDS = 1_000_000;
    private final Random seeds;

    /** Starts with the chapter's example. */
    public ExperimentEditor() {
        this(new Random());
    }

    /** @param seeds where "new seed" draws from: seeded in tests */
    public ExperimentEditor(Random seeds) {
        this.seeds = seeds;
        SavedExperiment start = SavedExperiment.of(Presets.get("chapter"));
        state = new UndoableState(start);
        document.at(null, start);
        state.property().addListener(obs -> noteProgress());
    }

    /** Where the editor asks how far training got, before an edit and when saving. */
    public void setProgressSource(Supplier<Progress> source) {
        state.setProgressSource(source);
    }

    /** The state the trainer should show; replaced by every edit, undo, redo, open and preset. */
    public ReadOnlyObjectProperty<SavedExperiment> stateProperty() {
        return state.property();
    }

    public SavedExperiment state() {
        return state.get();
    }

    /** The file it was opened from or saved to last; null for a preset not yet saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return document.fileProperty();
    }

    public ReadOnlyBooleanProperty unsavedChangesProperty() {
        return document.unsavedProperty();
    }

    /** True when the UI should ask before opening another experiment or choosing a preset. */
    public boolean hasUnsavedChanges() {
        return document.unsavedProperty().get();
    }

    /** Its file, and what was saved there. */
    public Document document() {
        return document;
    }

    /**
     * Looks again at how far training got, for {@link #unsavedChangesProperty()}: the session calls it on
     * each snapshot, as training is a change that a file would keep.
     */
    public void noteProgress() {
        document.compare(state.get(), state.progress());
    }

    public EditHistory<SavedExperiment> history() {
        return state.history();
    }

    /** Why the state was replaced last: read it when {@link #stateProperty()} changes. */
    public StateChange lastChange() {
        return state.lastChange();
    }

    /** Starts over from a preset, forgetting the undo history; the UI asks first when there are unsaved changes. */
    public void choosePreset(String id) {
        startOver(SavedExperiment.of(Presets.get(id)), null);
    }

    /**
     * Starts over from any experiment (files given on the command line, say), forgetting the undo
     * history. "The chapter's weights" as an initialisation falls back to N(0, 1) for other shapes.
     */
    public void start(Experiment experiment) {
        startOver(SavedExperiment.start(experiment, null, WeightInit.chapter()), null);
    }

    /** Reads the whole file first: on any problem it throws and nothing changes. */
    public void open(Path path) throws InputException {
        startOver(ExperimentFile.read(path), path);
    }

    /** What Save would write now: where training has got, with any runs compared. */
    public SavedExperiment snapshot() {
        return document.withComparison(state.captured());
    }

    /** Work recovered after a crash: as it was, unsaved (Save asks where), with no undo history. */
    public void recover(SavedExperiment work) {
        startOver(work, null);
        document.at(null, null);
        noteProgress();
    }

    /** With any runs compared; atomic: on failure the old file stays whole and the changes stay unsaved. */
    public void saveAs(Path path) throws IOException {
        SavedExperiment current = snapshot();
        ExperimentFile.write(current, path);
        document.at(path, current);
        noteProgress();
    }

    /** Replaces the points with a CSV file's, as one edit, which says how many and how the file writes them. */
    public void importData(Path path) throws InputException {
        DataFile.Imported read = DataFile.readDescribed(path, Columns.of(state.get().data()));
        editData(current -> read.data(), "import " + read.describe(path));
    }

    public void exportData(Path path) throws IOException {
        DataFile.write(state.get().data(), path);
    }

    public void addPoint(double x, double y) {
        editData(d -> DataEdits.add(d, new double[] {x}, new double[] {y}), "add point");
    }

    /** @param k the point, from 0 */
    public void movePoint(int k, double x, double y) {
        editData(d -> DataEdits.move(d, k, new double[] {x}, new double[] {y}), "move point");
    }

    /** Deletes point k; the points held out stay held out, renumbered. */
    public void deletePoint(int k) {
        SavedExperiment s = state.captured();
        push(s.withOptions(s.options().withoutPoint(k)).withData(DataEdits.delete(s.data(), k)), "delete point");
    }

    /** a_lij of the weights reached, as the new initial network. */
    public void setWeight(int l, int i, int j, double value) {
        editNetwork(n -> n.withWeight(l, i, j, value), "edit weight");
    }

    public void setBias(int l, int i, double value) {
        editNetwork(n -> n.withBias(l, i, value), "edit bias");
    }

    /** A hidden layer of {@code size} neurons becomes layer l (1..L+1). */
    public void addLayer(int l, int size, Activation activation) {
        editNetwork(n -> ArchitectureEdit.insertLayer(n, l, size, activation, init()), "add layer");
    }

    public void removeLayer(int l) {
        editNetwork(n -> ArchitectureEdit.removeLayer(n, l, init()), "remove layer");
    }

    public void addNeuron(int l) {
        editNetwork(n -> ArchitectureEdit.addNeuron(n, l, init()), "add neuron");
    }

    public void removeNeuron(int l, int i) {
        editNetwork(n -> ArchitectureEdit.removeNeuron(n, l, i), "remove neuron");
    }

    /** Grows or shrinks layer l to {@code count} neurons, adding or removing at the end, as one undo step. */
    public void setNeurons(int l, int count) {
        int now = state().network().architecture().size(l);
        if (count == now) {
            return;
        }
        editNetwork(n -> ArchitectureEdit.resize(n, l, count, init()),
                count == now + 1 ? "add neuron" : count == now - 1 ? "remove neuron" : "resize layer");
    }

    public void setActivation(int l, Activation activation) {
        editNetwork(n -> ArchitectureEdit.setActivation(n, l, activation), "change activation");
    }

    /** Draws initial weights again the same way with a seed from the editor's random source. */
    public void newSeed() {
        setInitialization(init().withSeed(seeds.nextInt(NEW_SEEDS)), "new seed");
    }

    /** The seed field: the same method with this seed, 0 or more. */
    public void setSeed(long seed) {
        if (seed < 0) {
            throw new IllegalArgumentException("a seed is a whole number from 0, got " + seed);
        }
        setInitialization(init().withSeed(seed), "set seed");
    }

    /** Draws initial weights for the current architecture; all training so far is set aside. */
    public void setInitialization(WeightInit init) {
        setInitialization(init, "initial weights: " + init.method().id());
    }

    private void setInitialization(WeightInit init, String description) {
        SavedExperiment s = state.captured();
        push(s.withDrawnWeights(init.draw(s.network().architecture()), init), description);
    }

    /**
     * Any other change of the state as one undoable step (training options, say); nothing is recorded when
     * it changes nothing. Throws, changing nothing, when the change is refused.
     */
    public void edit(UnaryOperator<SavedExperiment> change, String description) {
        SavedExperiment s = state.captured();
        SavedExperiment next = change.apply(s);
        if (!next.equals(s)) {
            push(next, description);
        }
    }

    /** Trains on with another optimiser, or other settings of it, from the weights reached; undoable. */
    public void setOptimizer(OptimizerSpec optimizer) {
        if (!optimizer.equals(state().optimizer())) {
            push(state.captured().withOptimizer(optimizer), "optimiser: " + optimizer);
        }
    }

    /**
     * Back to the initial weights at iteration 0, the rate in use kept, as a step that undo takes back to
     * where training was.
     *
     * @return false when training is there already: nothing is recorded
     */
    public boolean reset() {
        return state.reset();
    }

    public void undo() {
        state.undo();
    }

    public void redo() {
        state.redo();
    }

    private WeightInit init() {
        return state.history().current().init();
    }

    private void editData(UnaryOperator<DataSet> edit, String description) {
        SavedExperiment s = state.captured();
        push(s.withData(edit.apply(s.data())), description);
    }

    private void editNetwork(UnaryOperator<Network> edit, String description) {
        SavedExperiment s = state.captured();
        push(s.withEditedNetwork(edit.apply(s.network())), description);
    }

    /** A new document (a lesson's scene, say), from {@code path} or none: no undo history, nothing unsaved. */
    public void startOver(SavedExperiment start, Path path) {
        document.at(path, start);
        state.startOver(start);
    }

    private void push(SavedExperiment next, String description) {
        state.push(next, new StateChange(StateChange.Kind.EDIT, description));
    }
}
