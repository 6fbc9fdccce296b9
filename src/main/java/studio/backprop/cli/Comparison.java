package studio.backprop.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.LayerVariants;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;
import studio.backprop.engine.WeightInit;

/**
 * {@code --compare KEY=V1,V2[,V3[,V4]]}: two to four runs of one experiment that differ in one setting,
 * each labelled by it ({@code lr=0.1}).
 *
 * @param key    lr, optimizer, batch-size, momentum, l2, l1 or layers (1-8-1: other shapes start from N(0, 1)
 *               weights drawn with seed 0, as the app draws a new shape's)
 * @param values the setting's values, as typed, distinct
 */
record Comparison(String key, List<String> values) {
    static final int MAX_RUNS = 4;
    static final List<String> KEYS = List.of("lr", "optimizer", "batch-size", "momentum", "l2", "l1", "layers");

    /** One run of a comparison: its number from 1 (0 alone) and its label. */
    record Contender(int number, String label, Experiment experiment) {
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
    List<Contender> runs(Experiment base) {
        List<Variant> variants = variants(base);
        List<Contender> runs = new ArrayList<>();
        for (Variant v : variants) {
            try {
                runs.add(new Contender(runs.size() + 1, key + "=" + values.get(runs.size()), v.apply(base)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--compare", key + "=" + values.get(runs.size()) + ": " + e.getMessage());
            }
        }
        return runs;
    }

    /** The runs as variants of whatever experiment they are applied to, the layers typed like {@code base}'s. */
    List<Variant> variants(Experiment base) {
        List<Variant> variants;
        try {
            variants = switch (key) {
                case "lr" -> Variants.learningRates(values(new Converters.LearningRate()));
                case "optimizer" -> Variants.optimizers(values(new Converters.OptimizerOption()));
                case "batch-size" -> Variants.batchSizes(values(new Converters.BatchSize()));
                case "momentum" -> Variants.momentums(values(new Converters.Decimal()));
                case "l2" -> Variants.l2(values(new Converters.Lambda()));
                case "l1" -> Variants.l1(values(new Converters.Lambda()));
                case "layers" -> LayerVariants.of(values.stream().map(v -> LayerVariants.shape(
                        base.initial().architecture(), v)).toList(), WeightInit.chapter());
                default -> throw new IllegalStateException(key);
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException("--compare", e.getMessage());
        }
        return variants;
    }

    private <T> List<T> values(picocli.CommandLine.ITypeConverter<T> converter) {
        List<T> parsed = new ArrayList<>();
        for (String value : values) {
            try {
                parsed.add(converter.convert(value));
            } catch (Exception e) {
                throw new UsageException("--compare", key + "=" + value + ": " + e.getMessage());
            }
        }
        return parsed;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%s", key, String.join(",", values));
    }
}
