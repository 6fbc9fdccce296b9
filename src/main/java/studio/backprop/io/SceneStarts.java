package studio.backprop.io;

import java.nio.file.Path;
import java.util.OptionalLong;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.Preset;
import studio.backprop.engine.Presets;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.model.SavedExperiment;
import studio.backprop.lesson.SetUp;

/**
 * What a scene opens: its preset (the chapter's when none is said) or experiment file, with the set-up's
 * training settings applied, before it trains to the set-up's iteration. Checks that the set-up fits what
 * it opens: points, layers and iterations that exist.
 */
final class SceneStarts {
    private SceneStarts() {
    }

    /**
     * @param folder where experiment files are; null for the built-in lesson, which opens presets only
     * @throws InputException for an experiment file that cannot be read, named with its place and problem
     * @throws IllegalArgumentException for a set-up that does not fit, naming the key
     */
    static SavedExperiment of(SetUp s, Path folder) throws InputException {
        SavedExperiment base = opened(s, folder);
        OptimizerSpec optimizer = s.optimizer() == null ? base.optimizer() : s.optimizer();
        TrainingOptions options = options(s, base.options(), base.data(), optimizer);
        double rate = s.rate() == null ? base.learningRate() : s.rate();
        new Experiment(base.initialNetwork(), base.data(), rate, optimizer, options); // refuses what cannot train
        if (!optimizer.equals(base.optimizer())) {
            base = base.withOptimizer(optimizer);
        }
        if (!options.equals(base.options())) {
            base = base.withOptions(options);
        }
        SavedExperiment start = new SavedExperiment(base.network(), base.initialNetwork(), base.data(), rate,
                base.iteration(), base.preset(), base.init(), base.optimizer(), base.memory(), base.history(),
                base.options(), base.position());
        requireFits(s, start);
        return start;
    }

    private static SavedExperiment opened(SetUp s, Path folder) throws InputException {
        if (s.experiment() != null) {
            if (folder == null) {
                throw new IllegalArgumentException("experiment: the built-in lesson opens presets only");
            }
            return ExperimentFile.read(folder.resolve(s.experiment()));
        }
        Preset preset = Presets.get(s.preset() == null ? "chapter" : s.preset());
        return s.seed() == null ? SavedExperiment.of(preset)
                : SavedExperiment.start(preset.experiment(s.seed()), preset.id(), preset.init().withSeed(s.seed()));
    }

    private static TrainingOptions options(SetUp s, TrainingOptions base, DataSet data, OptimizerSpec optimizer) {
        TrainingOptions options = base;
        if (s.batchSize() != null) {
            if (optimizer.id().equals("gd") && s.batchSize() < data.size()) {
                throw new IllegalArgumentException("batch-size: gd trains on every point at once; give optimizer"
                        + " sgd, momentum or adam for batches of " + s.batchSize());
            }
            options = options.withBatchSize(s.batchSize());
        } else if (optimizer.id().equals("sgd") && options.batchSize() == 0) {
            options = options.withBatchSize(1); // as the command line's sgd: one point a batch unless said
        }
        if (s.shuffle() != null) {
            options = options.withShuffle(OptionalLong.of(s.shuffle()));
        }
        if (s.l1() != null || s.l2() != null) {
            Penalty p = options.penalty();
            options = options.withPenalty(new Penalty(s.l1() == null ? p.l1() : s.l1(), s.l2() == null ? p.l2() : s.l2()));
        }
        if (s.heldOut() != null) {
            for (int point : s.heldOut()) {
                if (point > data.size()) {
                    throw new IllegalArgumentException("hold-out: point " + point + " is beyond the data's "
                            + data.size() + " points");
                }
            }
            options = options.withHeldOut(s.heldOut().stream().map(p -> p - 1).toList());
        }
        return options;
    }

    private static void requireFits(SetUp s, SavedExperiment start) {
        int points = start.data().size();
        if (s.point() != null && s.point() > points) {
            throw new IllegalArgumentException("point: " + s.point() + " is beyond the data's " + points + " points");
        }
        int depth = start.network().depth();
        if (s.phase() != null && s.phase().layer() > depth) {
            throw new IllegalArgumentException("phase: the network has layers 1 to " + depth + ", not "
                    + s.phase().layer());
        }
        if (s.iteration() != null && s.iteration() < start.iteration()) {
            throw new IllegalArgumentException("iteration: " + s.iteration() + " comes before the experiment's own, "
                    + start.iteration());
        }
        if (!s.rates().isEmpty() && s.rates().get(0).iteration() < start.iteration()) {
            throw new IllegalArgumentException("rates: a change at " + s.rates().get(0).iteration()
                    + " comes before the experiment's own iteration, " + start.iteration());
        }
    }
}
