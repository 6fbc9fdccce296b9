package studio.backprop.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Momentum;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;

/**
 * {@code --compare KEY=V1,V2[,V3[,V4]]}: two to four runs of one experiment that differ in one setting,
 * each labelled by it ({@code lr=0.1}).
 *
 * @param key    lr, optimizer, batch-size, momentum, l2 or l1
 * @param values the setting's values, as typed, distinct
 */
record Comparison(String key, List<String> values) {
    static final int MAX_RUNS = 4;
    static final List<String> KEYS = List.of("lr", "optimizer", "batch-size", "momentum", "l2", "l1");

    /** One run of a comparison: its number from 1 (0 alone) and its label. */
    record Variant(int number, String label, Experiment experiment) {
    }

    /** Reads the option's value; refuses an unknown key, fewer than two or more than four values, or repeats. */
    static final class Parser implements ITypeConverter<Comparison> {
        @Override
        public Comparison convert(String text) {
            String[] keyValues = text.strip().split("=", 2);
            if (keyValues.length != 2 || !KEYS.contains(keyValues[0].strip())) {
                throw new TypeConversionException("\"" + text.strip() + "\" is not KEY=V1,V2 with KEY one of "
                        + String.join(", ", KEYS));
            }
            String[] raw = keyValues[1].split(",", -1);
            Set<String> values = new LinkedHashSet<>();
            for (String value : raw) {
                String v = value.strip();
                if (v.isEmpty()) {
                    throw new TypeConversionException("an empty value in \"" + keyValues[1].strip() + "\"");
                }
                if (!values.add(v)) {
                    throw new TypeConversionException(v + " is given twice");
                }
            }
            if (values.size() < 2 || values.size() > MAX_RUNS) {
                throw new TypeConversionException("compares 2 to " + MAX_RUNS + " runs, got " + values.size());
            }
            return new Comparison(keyValues[0].strip(), List.copyOf(values));
        }
    }

    /** Each value applied to {@code base}: run 1 first. */
    List<Variant> runs(Experiment base) {
        List<Variant> runs = new ArrayList<>();
        for (String value : values) {
            runs.add(new Variant(runs.size() + 1, key + "=" + value, apply(base, value)));
        }
        return runs;
    }

    private Experiment apply(Experiment base, String value) {
        try {
            return switch (key) {
                case "lr" -> base.withLearningRate(new Converters.LearningRate().convert(value));
                case "optimizer" -> TrainingFlags.withOptimizer(base, new Converters.OptimizerOption().convert(value));
                case "batch-size" -> base.withOptions(base.options().withBatchSize(
                        new Converters.BatchSize().convert(value)));
                case "momentum" -> momentum(base, new Converters.Decimal().convert(value));
                case "l2", "l1" -> penalty(base, new Converters.Lambda().convert(value));
                default -> throw new IllegalStateException(key);
            };
        } catch (TypeConversionException | IllegalArgumentException e) {
            throw new UsageException("--compare", key + "=" + value + ": " + e.getMessage());
        }
    }

    private static Experiment momentum(Experiment base, double mu) {
        OptimizerSpec spec = base.optimizer();
        if (!spec.id().equals(Momentum.KIND.id())) {
            throw new IllegalArgumentException("momentum is a setting of --optimizer momentum, not of " + spec.id());
        }
        return base.withOptimizer(spec.with(Momentum.MU, mu));
    }

    private Experiment penalty(Experiment base, double lambda) {
        Penalty now = base.options().penalty();
        Penalty changed = key.equals("l2") ? new Penalty(now.l1(), lambda) : new Penalty(lambda, now.l2());
        TrainingOptions options = base.options().withPenalty(changed);
        return base.withOptions(options);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%s", key, String.join(",", values));
    }
}
