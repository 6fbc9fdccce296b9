package studio.backprop.model;

import java.util.List;
import java.util.Objects;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;

/**
 * Runs compared side by side, as a file keeps them: the setting they differ in and each run's value of
 * it (run 1's first: the experiment's own run), and where each other run had got. Run 1's state is the
 * experiment's; {@code runs} holds runs 2 onwards.
 *
 * @param key    the setting, as {@link Variant#key()} names it: lr, optimizer, ...
 * @param values each run's value, as {@link Variant#value()} writes it, which {@link Variants#parse} reads
 * @param runs   runs 2 onwards, one for each value after the first
 */
public record SavedComparison(String key, List<String> values, List<SavedRun> runs) {

    public SavedComparison {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
        runs = List.copyOf(runs);
        Variants.parse(key, values); // an unknown key or a value that is none, refused with its message
        if (runs.size() != values.size() - 1) {
            throw new IllegalArgumentException(values.size() + " values compared but " + runs.size() + " runs"
                    + " saved beside the first: expected " + (values.size() - 1));
        }
    }

    /** The comparison of these variants, with runs 2 onwards where they got. */
    public static SavedComparison of(List<Variant> variants, List<SavedRun> others) {
        return new SavedComparison(variants.get(0).key(), variants.stream().map(Variant::value).toList(), others);
    }

    /** What is compared as {@code train --compare} takes it: {@code lr=0.1,0.01,1.0}. */
    public static String describe(String key, List<String> values) {
        return key + "=" + String.join(",", values);
    }

    /** {@link #describe(String, List)} of this one. */
    public String describe() {
        return describe(key, values);
    }

    /** The variants, run by run. */
    public List<Variant> variants() {
        return Variants.parse(key, values);
    }

    /**
     * Checks that every run can go on from {@code base}, the experiment compared: each variant trains, each
     * run's network has its shape and its memory belongs to the run's optimiser; a message names the run.
     */
    void requireFits(Experiment base) {
        List<Variant> variants = variants();
        for (int k = 0; k < variants.size(); k++) {
            Experiment e = variants.get(k).apply(base);
            if (k == 0) {
                continue;
            }
            SavedRun run = runs.get(k - 1);
            Architecture shape = e.initial().architecture();
            String name = "run " + (k + 1) + " (" + variants.get(k).label() + ")";
            if (!run.network().architecture().equals(shape)) {
                throw new IllegalArgumentException(name + " has the network " + run.network().architecture()
                        + ", not its variant's " + shape);
            }
            try {
                run.optimizer(e.optimizer(), shape);
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException(name + ": " + wrong.getMessage(), wrong);
            }
        }
    }
}
