package studio.backprop.ui.compare;

import java.util.List;
import javafx.stage.Window;
import studio.backprop.engine.LayerVariants;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;
import studio.backprop.model.Progress;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.model.Run;
import studio.backprop.ui.model.StudioModel;

/**
 * Starting and ending a comparison from the experiment being edited: the runs start together from its
 * initial weights (a Reset first, which undo takes back), and a run kept becomes the experiment, where
 * it has got to.
 */
public final class Comparing {
    private final StudioModel model;
    private final ExperimentEditor editor;

    public Comparing(StudioModel model, ExperimentEditor editor) {
        this.model = model;
        this.editor = editor;
    }

    /** Compares these variants of the experiment, from iteration 0; refused (nothing changes) if one cannot train. */
    public void compare(List<Variant> variants) {
        variants.forEach(v -> v.apply(editor.state().experiment())); // refused here, before the Reset
        editor.reset();
        model.comparison().compare(editor.state().experiment(), variants);
    }

    /** The learning rate divided and multiplied by ten beside the one in use. */
    public void compareRates() {
        TrainingSnapshot s = model.getSnapshot();
        compare(Variants.ladder(s == null ? editor.state().learningRate() : s.learningRate()));
    }

    /** The chapter's gradient descent, momentum and Adam. */
    public void compareOptimizers() {
        compare(Variants.classicOptimizers(editor.state().optimizer()));
    }

    /** The seed of the initial weights in use and the next two: does every start learn as well? */
    public void compareSeeds() {
        compare(Variants.seedsFrom(editor.state().init()));
    }

    /** The experiment's layers, then twice and four times as wide. */
    public void compareWidths() {
        compare(LayerVariants.widths(editor.state().initialNetwork().architecture(), editor.state().init()));
    }

    /** Asks which settings to compare ("Other comparison…"), layers typed like the experiment's. */
    public void compareOther(Window owner) {
        SavedExperiment state = editor.state();
        OtherComparison.ask(owner, state.initialNetwork().architecture(), state.init()).ifPresent(this::compare);
    }

    /**
     * Ends the comparison with {@code run} alone: it becomes the experiment, with its own settings, its own
     * initial weights (which Reset returns to) and its way of drawing them, as one undoable edit, and
     * training goes on from where it got.
     */
    public void keep(Run run) {
        TrainingSnapshot s = run.getSnapshot();
        Variant variant = model.comparison().variants().get(model.runs().indexOf(run));
        model.comparison().keepOnly(run);
        if (s == null) {
            return;
        }
        Progress reached = Progress.of(s);
        editor.edit(state -> SavedExperiment.start(variant.apply(state.experiment()), state.preset(),
                variant.init() != null ? variant.init() : state.init()).withProgress(reached),
                "keep " + variant.label());
    }
}
