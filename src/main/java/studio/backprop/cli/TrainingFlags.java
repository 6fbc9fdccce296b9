package studio.backprop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import picocli.CommandLine.Option;
import studio.backprop.engine.Adam;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Momentum;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.Variants;

/**
 * The options that train beyond the chapter's full batch: batches, the optimisers' settings one by one,
 * a penalty and points held out. Each is checked where it is read; {@link #apply} then checks that they
 * fit the optimiser and the data, so every refusal is one line naming the option.
 */
final class TrainingFlags {
    @Option(names = "--batch-size", paramLabel = "B", converter = Converters.BatchSize.class,
            description = "Points per update, taken in data order (default: every point; 1 with --optimizer sgd).")
    private Integer batchSize;

    @Option(names = "--shuffle", paramLabel = "SEED", converter = Converters.Seed.class,
            description = "Each epoch takes the points in a new order drawn from this seed (default: data order).")
    private Long shuffle;

    @Option(names = "--momentum", paramLabel = "MU", converter = Converters.Decimal.class,
            description = "Momentum's mu, 0 to below 1 (default 0.9); with --optimizer momentum.")
    private Double momentum;

    @Option(names = "--beta1", paramLabel = "B1", converter = Converters.Decimal.class,
            description = "Adam's beta1, 0 to below 1 (default 0.9).")
    private Double beta1;

    @Option(names = "--beta2", paramLabel = "B2", converter = Converters.Decimal.class,
            description = "Adam's beta2, 0 to below 1 (default 0.999).")
    private Double beta2;

    @Option(names = "--epsilon", paramLabel = "E", converter = Converters.Decimal.class,
            description = "Adam's epsilon, above 0 (default 1e-8).")
    private Double epsilon;

    @Option(names = "--l2", paramLabel = "LAMBDA", converter = Converters.Lambda.class,
            description = "L2 penalty lambda2 sum a^2 on the weights, not the biases (default 0).")
    private Double l2;

    @Option(names = "--l1", paramLabel = "LAMBDA", converter = Converters.Lambda.class,
            description = "L1 penalty lambda1 sum |a| on the weights, not the biases (default 0).")
    private Double l1;

    @Option(names = "--hold-out", paramLabel = "I", split = ",", converter = Converters.PointNumber.class,
            description = "Points held out of training (numbers from 1): measured, never in a gradient.")
    private List<Integer> holdOut;

    @Option(names = "--validation", paramLabel = "FRACTION", converter = Converters.Fraction.class,
            description = "Holds out this fraction of the points, chosen at random (see --split-seed).")
    private Double validation;

    @Option(names = "--split-seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "The seed that chooses the --validation points (default 1).")
    private Long splitSeed;

    /** The experiment with these options applied over its own. */
    Experiment apply(Experiment base) {
        OptimizerSpec optimizer = settings(base.optimizer());
        TrainingOptions options = base.options();
        DataSet data = base.data();
        if (batchSize != null) {
            if (optimizer.id().equals("gd") && batchSize < data.size()) {
                throw new UsageException("--batch-size", "gd trains on every point at once; use --optimizer sgd,"
                        + " momentum or adam for batches of " + batchSize);
            }
            options = options.withBatchSize(batchSize);
        }
        if (shuffle != null) {
            options = options.withShuffle(OptionalLong.of(shuffle));
        }
        if (l1 != null || l2 != null) {
            options = options.withPenalty(new Penalty(l1 == null ? options.penalty().l1() : l1,
                    l2 == null ? options.penalty().l2() : l2));
        }
        options = heldOut(options, data);
        return Variants.withOptimizer(base.withOptions(options), optimizer);
    }

    private OptimizerSpec settings(OptimizerSpec optimizer) {
        OptimizerSpec spec = optimizer;
        spec = setting(spec, "--momentum", momentum, Momentum.KIND.id(), Momentum.MU);
        spec = setting(spec, "--beta1", beta1, Adam.KIND.id(), Adam.BETA1);
        spec = setting(spec, "--beta2", beta2, Adam.KIND.id(), Adam.BETA2);
        return setting(spec, "--epsilon", epsilon, Adam.KIND.id(), Adam.EPSILON);
    }

    private static OptimizerSpec setting(OptimizerSpec spec, String option, Double value, String id, String name) {
        if (value == null) {
            return spec;
        }
        if (!spec.id().equals(id)) {
            throw new UsageException(option, "is a setting of --optimizer " + id + ", not of " + spec.id());
        }
        try {
            return spec.with(name, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option, e.getMessage());
        }
    }

    private TrainingOptions heldOut(TrainingOptions options, DataSet data) {
        if (holdOut != null && validation != null) {
            throw new UsageException("--validation", "cannot be combined with --hold-out: choose the points or a"
                    + " fraction");
        }
        if (splitSeed != null && validation == null) {
            throw new UsageException("--split-seed", "chooses the --validation points: give --validation too");
        }
        if (holdOut != null) {
            List<Integer> points = new ArrayList<>();
            for (int number : holdOut) {
                if (number > data.size()) {
                    throw new UsageException("--hold-out", "point " + number + " is beyond the data's "
                            + data.size() + " points");
                }
                if (points.contains(number - 1)) {
                    throw new UsageException("--hold-out", "point " + number + " is given twice");
                }
                points.add(number - 1);
            }
            if (points.size() >= data.size()) {
                throw new UsageException("--hold-out", "every point is held out: at least one must be trained on");
            }
            return options.withHeldOut(points);
        }
        if (validation != null) {
            try {
                return options.withHeldOut(TrainingOptions.randomFraction(data.size(), validation,
                        splitSeed == null ? 1 : splitSeed));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--validation", e.getMessage());
            }
        }
        return options;
    }
}
