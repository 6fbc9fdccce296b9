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
        return parse("lr", strings(rates));
    }

    /** A tenfold ladder around {@code rate}: rate / 10, rate and rate x 10, the one given first. */
    public static List<Variant> ladder(double rate) {
        return learningRates(List.of(rate, rate / 10, rate * 10));
    }

    /** Optimisers (sgd without a batch size takes one point a batch). */
    public static List<Variant> optimizers(List<OptimizerSpec> specs) {
        return parse("optimizer", strings(specs));
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
        return parse("batch-size", strings(sizes));
    }

    /** Momentum's mu: the experiment must train with momentum. */
    public static List<Variant> momentums(List<Double> mus) {
        return parse("momentum", strings(mus));
    }

    /** L2 penalties. */
    public static List<Variant> l2(List<Double> lambdas) {
        return parse("l2", strings(lambdas));
    }

    /** L1 penalties. */
    public static List<Variant> l1(List<Double> lambdas) {
        return parse("l1", strings(lambdas));
    }

    private static List<String> strings(List<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    /**
     * Initial weights drawn by each of {@code inits} (the same method, other seeds, as a rule): does the
     * network learn as well from every start? Labelled by seed, or as the chapter's weights.
     */
    public static List<Variant> seeds(List<WeightInit> inits) {
        return checked(inits.stream().map(Variants::seed).toList());
    }

    private static Variant seed(WeightInit init) {
        String label = init.method() == WeightInit.Method.CHAPTER ? "the chapter's weights" : "seed " + init.seed();
        return new Variant("seed", text(init), label, e -> new Experiment(init.draw(e.initial().architecture()),
                e.data(), e.learningRate(), e.optimizer(), e.options()), init);
    }

    /** How {@code init} draws, as a variant's value writes it: method:sigma:seed. */
    static String text(WeightInit init) {
        return init.method().id() + ":" + init.sigma() + ":" + init.seed();
    }

    /** The seed in use and the next two, or for the chapter's weights N(0, 1) from seeds 1 and 2 beside them. */
    public static List<Variant> seedsFrom(WeightInit init) {
        WeightInit next = init.method() == WeightInit.Method.CHAPTER ? WeightInit.normal(1.0, 0) : init;
        return seeds(List.of(init, next.withSeed(next.seed() + 1), next.withSeed(next.seed() + 2)));
    }

    /** Reads back {@link #text(WeightInit)}. */
    static WeightInit init(String value) {
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
     * unknown key or a value that is not one, with a message naming it. Runs that differ in several
     * settings have them joined, as {@link Combinations} writes them.
     */
    public static List<Variant> parse(String key, List<String> values) {
        return key.contains(Combinations.KEY_JOIN) ? Combinations.parse(key, values) : checked(read(key, values));
    }

    /**
     * One setting's values run by run, as {@link #parse} reads them but with no check of the number of runs
     * or of repeats: a row of a comparison in several settings, which {@link Combinations#of} checks.
     */
    public static List<Variant> read(String key, List<String> values) {
        try {
            return switch (key) {
                case "lr" -> build(key, "α = ", doubles(values), rate -> e -> e.withLearningRate(rate));
                case "optimizer" -> build(key, "", values.stream().map(OptimizerSpec::parse).toList(),
                        spec -> e -> withOptimizer(e, spec));
                case "batch-size" -> build(key, "batch ", values.stream().map(Integer::valueOf).toList(),
                        size -> e -> e.withOptions(e.options().withBatchSize(size)));
                case "momentum" -> build(key, "μ = ", doubles(values), Variants::withMu);
                case "l2" -> build(key, "λ2 = ", doubles(values), l -> e -> e.withOptions(e.options().withPenalty(
                        new Penalty(e.options().penalty().l1(), l))));
                case "l1" -> build(key, "λ1 = ", doubles(values), l -> e -> e.withOptions(e.options().withPenalty(
                        new Penalty(l, e.options().penalty().l2()))));
                case "seed" -> values.stream().map(v -> seed(init(v))).toList();
                case LayerVariants.KEY -> values.stream().map(LayerVariants::parse).toList();
                default -> throw new IllegalArgumentException("unknown setting to compare \"" + key
                        + "\" (known: lr, optimizer, batch-size, momentum, l2, l1, seed, layers)");
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a value of " + key + " is not a number: " + values);
        }
    }

    private static List<Double> doubles(List<String> values) {
        return values.stream().map(Double::valueOf).toList();
    }

    private static UnaryOperator<Experiment> withMu(double mu) {
        return e -> {
            if (!e.optimizer().id().equals(Momentum.KIND.id())) {
                throw new IllegalArgumentException("momentum is a setting of the optimiser momentum, not of "
                        + e.optimizer().id());
            }
            return e.withOptimizer(e.optimizer().with(Momentum.MU, mu));
        };
    }

    /** Two to {@link #MAX} runs, no two alike: refused with a message otherwise. */
    static List<Variant> checked(List<Variant> variants) {
        List<String> values = variants.stream().map(Variant::value).toList();
        if (new LinkedHashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("a value is given twice: " + values);
        }
        if (values.size() < 2 || values.size() > MAX) {
            throw new IllegalArgumentException("compares 2 to " + MAX + " runs, got " + values.size());
        }
        return List.copyOf(variants);
    }

    /**
     * @param key    the setting, as files name it
     * @param prefix what the label says before the value: "α = "
     */
    private static <T> List<Variant> build(String key, String prefix, List<T> values,
                                           Function<T, UnaryOperator<Experiment>> change) {
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
