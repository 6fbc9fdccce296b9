package studio.backprop.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Runs that differ in several settings at once, run k taking value k of each: "gd at 0.1 against Adam at
 * 0.001". A setting may repeat a value from run to run as long as no two runs are alike. Files write the
 * keys joined by {@value #KEY_JOIN} and each run's values joined by {@value #VALUE_JOIN}.
 */
public final class Combinations {
    static final String KEY_JOIN = "+";
    static final String VALUE_JOIN = "; ";
    /**
     * The order the settings are applied in, whatever order they were given in: the layers before the
     * seed that draws their weights, the optimiser before its own settings.
     */
    private static final List<String> ORDER = List.of(LayerVariants.KEY, "seed", "optimizer", "momentum", "lr",
            "batch-size", "l2", "l1");

    private Combinations() {
    }

    /**
     * The runs made of {@code settings}, each a list of one setting's variants run by run: as many runs as
     * each has variants; refused when they do not have as many, when a setting is given twice or when two
     * runs are alike.
     */
    public static List<Variant> of(List<List<Variant>> settings) {
        if (settings.size() == 1) {
            return Variants.checked(settings.get(0));
        }
        List<List<Variant>> sorted = new ArrayList<>(settings);
        sorted.removeIf(List::isEmpty);
        sorted.sort(Comparator.comparingInt(s -> ORDER.indexOf(s.get(0).key())));
        List<String> keys = sorted.stream().map(s -> s.get(0).key()).toList();
        if (new LinkedHashSet<>(keys).size() != keys.size() || sorted.size() != settings.size()) {
            throw new IllegalArgumentException("each setting is compared once, with a value for each run: " + keys);
        }
        int runs = sorted.get(0).size();
        for (List<Variant> setting : sorted) {
            if (setting.size() != runs) {
                throw new IllegalArgumentException(setting.get(0).key() + " has " + setting.size() + " values but "
                        + keys.get(0) + " has " + runs + ": each setting needs one value for each run");
            }
        }
        List<Variant> combined = new ArrayList<>();
        for (int k = 0; k < runs; k++) {
            int run = k;
            combined.add(together(sorted.stream().map(s -> s.get(run)).toList()));
        }
        return Variants.checked(combined);
    }

    private static Variant together(List<Variant> parts) {
        UnaryOperator<Experiment> change = e -> {
            Experiment changed = e;
            for (Variant part : parts) {
                changed = part.apply(changed);
            }
            return changed;
        };
        WeightInit init = null;
        for (Variant part : parts) {
            init = part.init() != null ? part.init() : init;
        }
        return new Variant(parts.stream().map(Variant::key).collect(Collectors.joining(KEY_JOIN)),
                parts.stream().map(Variant::value).collect(Collectors.joining(VALUE_JOIN)),
                parts.stream().map(Variant::label).collect(Collectors.joining(", ")), change, init);
    }

    /** Reads back the runs of {@code key} ("lr+optimizer") whose values are joined, one string a run. */
    static List<Variant> parse(String key, List<String> values) {
        List<String> keys = List.of(key.split("\\" + KEY_JOIN, -1));
        List<List<String>> columns = new ArrayList<>();
        keys.forEach(k -> columns.add(new ArrayList<>()));
        for (String value : values) {
            String[] parts = value.split(VALUE_JOIN.strip(), -1);
            if (parts.length != keys.size()) {
                throw new IllegalArgumentException("\"" + value + "\" holds " + parts.length + " value(s), expected "
                        + keys.size() + ": one for each of " + String.join(", ", keys) + ", apart by \""
                        + VALUE_JOIN.strip() + "\"");
            }
            for (int i = 0; i < parts.length; i++) {
                columns.get(i).add(parts[i].strip());
            }
        }
        List<List<Variant>> settings = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            settings.add(Variants.read(keys.get(i), columns.get(i)));
        }
        return of(settings);
    }
}
