package studio.backprop.ui.compare;

import java.util.List;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;
import studio.backprop.model.Progress;
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

    /**
     * Ends the comparison with {@code run} alone; its learning rate, optimiser and options become the
     * experiment's, as one undoable edit, and training goes on from where it got.
     */
    public void keep(Run run) {
        TrainingSnapshot s = run.getSnapshot();
        String label = model.comparison().variants().get(model.runs().indexOf(run)).label();
        model.comparison().keepOnly(run);
        if (s == null) {
            return;
        }
        OptimizerSpec spec = OptimizerSpec.of(s.optimizer().id(), s.optimizer().settings());
        Progress reached = Progress.of(s);
        editor.edit(state -> state.withOptimizer(spec).withOptions(s.beyond().options()).withProgress(reached),
                "keep " + label);
    }
}
