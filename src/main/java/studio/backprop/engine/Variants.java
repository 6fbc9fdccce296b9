package studio.backprop.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The comparisons a class asks for: runs that differ in one setting. Each list holds two to four
 * variants of distinct values, in the order given.
 */
public final class Variants {
    /** At most this many runs side by side: more would not be told apart on a projector. */
    public static final int MAX = 4;

    private Variants() {
    }

    /** Learning rates. */
    public static List<Variant> learningRates(List<Double> rates) {
        return of("lr", "α = ", rates, rate -> e -> e.withLearningRate(rate));
    }

    /** A tenfold ladder around {@code rate}: rate / 10, rate and rate x 10, the one given first. */
    public static List<Variant> ladder(double rate) {
        return learningRates(List.of(rate, rate / 10, rate * 10));
    }

    /** Optimisers (sgd without a batch size takes one point a batch). */
    public static List<Variant> optimizers(List<OptimizerSpec> specs) {
        return of("optimizer", "", specs, spec -> e -> withOptimizer(e, spec));
    }

    /** The chapter's gradient descent, momentum and Adam, {@code first} (one of them, or another) first. */
    public static List<Variant> classicOptimizers(OptimizerSpec first) {
        LinkedHashSet<OptimizerSpec> specs = new LinkedHashSet<>();
        specs.add(first);
        for (OptimizerKind kind : List.of(GradientDescent.KIND, Momentum.KIND, Adam.KIND)) {
            if (!kind.equals(first.kind())) {
                specs.add(new OptimizerSpec(kind, Map.of()));
            }
        }
        return optimizers(List.copyOf(specs).subList(0, Math.min(MAX, specs.size())));
    }

    /** Batch sizes, 0 for every point. */
    public static List<Variant> batchSizes(List<Integer> sizes) {
        return of("batch-size", "batch ", sizes, size -> e -> e.withOptions(e.options().withBatchSize(size)));
    }

    /** Momentum's mu: the experiment must train with momentum. */
    public static List<Variant> momentums(List<Double> mus) {
        return of("momentum", "μ = ", mus, mu -> e -> {
            if (!e.optimizer().id().equals(Momentum.KIND.id())) {
                throw new IllegalArgumentException("momentum is a setting of the optimiser momentum, not of "
                        + e.optimizer().id());
            }
            return e.withOptimizer(e.optimizer().with(Momentum.MU, mu));
        });
    }

    /** L2 penalties. */
    public static List<Variant> l2(List<Double> lambdas) {
        return of("l2", "λ2 = ", lambdas, l -> e -> e.withOptions(e.options().withPenalty(
                new Penalty(e.options().penalty().l1(), l))));
    }

    /** L1 penalties. */
    public static List<Variant> l1(List<Double> lambdas) {
        return of("l1", "λ1 = ", lambdas, l -> e -> e.withOptions(e.options().withPenalty(
                new Penalty(l, e.options().penalty().l2()))));
    }

    /**
     * Initial weights drawn by each of {@code inits} (the same method, other seeds, as a rule): does the
     * network learn as well from every start? Labelled by seed, or as the chapter's weights.
     */
    public static List<Variant> seeds(List<WeightInit> inits) {
        if (new LinkedHashSet<>(inits).size() != inits.size()) {
            throw new IllegalArgumentException("a seed is given twice: " + inits);
        }
        if (inits.size() < 2 || inits.size() > MAX) {
            throw new IllegalArgumentException("compares 2 to " + MAX + " runs, got " + inits.size());
        }
        List<Variant> variants = new ArrayList<>();
        for (WeightInit init : inits) {
            String value = init.method().id() + ":" + init.sigma() + ":" + init.seed();
            String label = init.method() == WeightInit.Method.CHAPTER ? "the chapter's weights" : "seed " + init.seed();
            variants.add(new Variant("seed", value, label, e -> new Experiment(init.draw(e.initial().architecture()),
                    e.data(), e.learningRate(), e.optimizer(), e.options())));
        }
        return variants;
    }

    /** The seed in use and the next two, or for the chapter's weights N(0, 1) from seeds 1 and 2 beside them. */
    public static List<Variant> seedsFrom(WeightInit init) {
        WeightInit next = init.method() == WeightInit.Method.CHAPTER ? WeightInit.normal(1.0, 0) : init;
        return seeds(List.of(init, next.withSeed(next.seed() + 1), next.withSeed(next.seed() + 2)));
    }

    private static WeightInit init(String value) {
        String[] parts = value.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("\"" + value + "\" is not method:sigma:seed");
        }
        return new WeightInit(WeightInit.methodOf(parts[0]), Double.parseDouble(parts[1]), Long.parseLong(parts[2]));
    }

    /** {@code experiment} with another optimiser: sgd without a batch size takes one point a batch. */
    public static Experiment withOptimizer(Experiment experiment, OptimizerSpec optimizer) {
        Experiment changed = experiment.withOptimizer(optimizer);
        boolean wholeBatch = changed.options().batchSize() == 0;
        return optimizer.id().equals("sgd") && wholeBatch
                ? changed.withOptions(changed.options().withBatchSize(1)) : changed;
    }

    /**
     * Reads back variants saved as a key and values as text (see {@link Variant#value()}); refuses an
     * unknown key or a value that is not one, with a message naming it.
     */
    public static List<Variant> parse(String key, List<String> values) {
        try {
            return switch (key) {
                case "lr" -> learningRates(values.stream().map(Double::valueOf).toList());
                case "optimizer" -> optimizers(values.stream().map(OptimizerSpec::parse).toList());
                case "batch-size" -> batchSizes(values.stream().map(Integer::valueOf).toList());
                case "momentum" -> momentums(values.stream().map(Double::valueOf).toList());
                case "l2" -> l2(values.stream().map(Double::valueOf).toList());
                case "l1" -> l1(values.stream().map(Double::valueOf).toList());
                case "seed" -> seeds(values.stream().map(Variants::init).toList());
                default -> throw new IllegalArgumentException("unknown setting to compare \"" + key
                        + "\" (known: lr, optimizer, batch-size, momentum, l2, l1, seed)");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a value of " + key + " is not a number: " + values);
        }
    }

    /**
     * @param key    the setting, as files name it
     * @param prefix what the label says before the value: "α = "
     */
    private static <T> List<Variant> of(String key, String prefix, List<T> values,
                                        Function<T, UnaryOperator<Experiment>> change) {
        if (new LinkedHashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("a value is given twice: " + values);
        }
        if (values.size() < 2 || values.size() > MAX) {
            throw new IllegalArgumentException("compares 2 to " + MAX + " runs, got " + values.size());
        }
        List<Variant> variants = new ArrayList<>();
        for (T value : values) {
            variants.add(new Variant(key, String.valueOf(value), prefix + label(value), change.apply(value)));
        }
        return variants;
    }

    private static String label(Object value) {
        if (value instanceof OptimizerSpec spec) {
            return spec.label();
        }
        if (value instanceof Integer size && size == 0) {
            return "of every point";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : formatted(d);
        }
        return value.toString();
    }

    /** As typed: 0.01, 1e-05 written 1.0E-5 by Java reads better as 1e-05. */
    private static String formatted(double d) {
        String s = Double.toString(d);
        return s.contains("E") ? String.format(Locale.ROOT, "%g", d).replaceAll("0+e", "e")
                .replaceAll("\\.e", "e") : s;
    }
}
