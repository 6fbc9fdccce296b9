package studio.backprop.ui.compare;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Variant;
import studio.backprop.model.SavedComparison;
import studio.backprop.model.SavedExperiment;
import studio.backprop.model.SavedRun;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ComparisonSource;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.StateChange;
import studio.backprop.ui.model.ComparedRun;
import studio.backprop.ui.model.StudioModel;

/**
 * Runs compared side by side, in experiment files: a save keeps where each run got, and a file that holds a
 * comparison starts it again when opened, each run going on from where it was, so that training on gives
 * the numbers of a comparison that never stopped. Any other new document (a file of one run, a preset)
 * ends a comparison. Starting or ending one is an unsaved change. FX thread only.
 */
public final class ComparisonFiles implements ComparisonSource {
    private final StudioModel model;

    /** Becomes where {@code editor}'s document finds the runs compared. */
    public ComparisonFiles(StudioModel model, ExperimentEditor editor) {
        this.model = model;
        editor.document().setComparisonSource(this);
        model.comparison().comparedProperty().addListener((obs, was, now) -> {
            if (was.size() != now.size()) { // started, ended or a run removed, not a snapshot
                editor.noteProgress();
            }
        });
    }

    @Override
    public String compared() {
        List<Variant> variants = model.comparison().variants();
        return variants.isEmpty() ? ""
                : SavedComparison.describe(variants.get(0).key(), variants.stream().map(Variant::value).toList());
    }

    @Override
    public SavedExperiment withComparison(SavedExperiment first) {
        List<Variant> variants = model.comparison().variants();
        if (variants.isEmpty()) {
            return first;
        }
        List<ComparedRun> compared = model.comparison().comparedProperty().get();
        List<SavedRun> others = new ArrayList<>();
        for (int k = 1; k < variants.size(); k++) {
            Experiment run = variants.get(k).apply(first.experiment());
            TrainingSnapshot s = k < compared.size() ? compared.get(k).snapshot() : null;
            others.add(trains(s, run) ? new SavedRun(s.network(), s.iteration(), s.learningRate(),
                    s.optimizer().memory(), s.beyond().position(), s.lossRecord()) : SavedRun.start(run));
        }
        return first.withComparison(SavedComparison.of(variants, others));
    }

    /**
     * True when {@code s} shows training of {@code run}, not of the experiment before an edit still on its
     * way to the run; else the run is saved at its start, as the edit will leave it or close to it.
     */
    private static boolean trains(TrainingSnapshot s, Experiment run) {
        return s != null && s.initial().equals(run.initial()) && s.data().equals(run.data())
                && OptimizerSpec.of(s.optimizer().id(), s.optimizer().settings()).equals(run.optimizer())
                && s.beyond().options().equals(run.options());
    }

    /**
     * Before the trainer is given a new document: one that holds a comparison starts it, any other ends
     * the comparison there was. Edits, undo and Reset leave the runs compared as they are.
     */
    public void beforeLoading(SavedExperiment now, StateChange why) {
        if (why.kind() != StateChange.Kind.START) {
            return;
        }
        if (now.comparison() != null) {
            model.comparison().compare(now.experiment(), now.comparison().variants());
        } else if (model.comparison().active()) {
            model.comparison().keepOnly(model.runs().get(0));
        }
    }

    /**
     * Once the trainer has the new document: each other run goes on from where the file left it, and the
     * first at its own rate where that was changed from its variant's.
     */
    public void afterLoading(SavedExperiment now, StateChange why) {
        if (why.kind() != StateChange.Kind.START || now.comparison() == null) {
            return;
        }
        List<Variant> variants = model.comparison().variants();
        List<SavedRun> runs = new ArrayList<>(List.of(SavedRun.of(now)));
        runs.addAll(now.comparison().runs());
        for (int k = 0; k < runs.size(); k++) {
            SavedRun r = runs.get(k);
            Experiment variant = variants.get(k).apply(now.experiment());
            if (k == 0 && variant.learningRate() == r.learningRate()) {
                continue; // loaded so already
            }
            Experiment run = variant.withLearningRate(r.learningRate());
            model.runs().get(k).resume(run, r.network(), r.iteration(),
                    r.optimizer(run.optimizer(), now.network().architecture()), r.position(), r.history());
        }
    }
}
