package studio.backprop.engine;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which optimiser an experiment trains with, and its settings: what a file stores and the command line
 * takes ({@code gd}, or an id with settings such as {@code momentum:mu=0.9}). Checked against its
 * {@link OptimizerKind}: unknown ids and settings are refused with their names; settings left out take
 * the kind's defaults.
 *
 * @param kind     the kind of optimiser
 * @param settings every setting of the kind, by name
 */
public record OptimizerSpec(OptimizerKind kind, Map<String, Double> settings) {

    public OptimizerSpec {
        String id = kind.id();
        Map<String, Double> all = new TreeMap<>(kind.defaults());
        for (var setting : settings.entrySet()) {
            if (!kind.defaults().containsKey(setting.getKey())) {
                throw new IllegalArgumentException("the optimiser " + id + " has no setting \"" + setting.getKey()
                        + "\"" + (kind.defaults().isEmpty() ? "" : " (it has: "
                        + String.join(", ", new TreeMap<>(kind.defaults()).keySet()) + ")"));
            }
            if (!Double.isFinite(setting.getValue())) {
                throw new IllegalArgumentException("the optimiser setting " + setting.getKey()
                        + " must be a finite number, got " + setting.getValue());
            }
            all.put(setting.getKey(), setting.getValue());
        }
        kind.factory().check(all);
        settings = Map.copyOf(all);
    }

    /** The registered kind with this id, with these settings (the others at their defaults). */
    public static OptimizerSpec of(String id, Map<String, Double> settings) {
        return new OptimizerSpec(Optimizers.kind(id), settings);
    }

    /**
     * Reads an optimiser as {@link #toString()} writes it: {@code gd}, {@code momentum:mu=0.9}; refuses
     * anything else with a message saying what is wrong.
     */
    public static OptimizerSpec parse(String text) {
        String[] parts = text.strip().split(":", 2);
        Map<String, Double> settings = new TreeMap<>();
        if (parts.length == 2) {
            for (String pair : parts[1].split(",", -1)) {
                String[] nameValue = pair.split("=", 2);
                double value;
                try {
                    value = nameValue.length == 2 ? Double.parseDouble(nameValue[1].strip()) : Double.NaN;
                } catch (NumberFormatException e) {
                    value = Double.NaN;
                }
                if (nameValue.length != 2 || nameValue[0].isBlank() || Double.isNaN(value)) {
                    throw new IllegalArgumentException("\"" + pair.strip() + "\" is not a setting like mu=0.9");
                }
                if (settings.put(nameValue[0].strip(), value) != null) {
                    throw new IllegalArgumentException(nameValue[0].strip() + " is given twice");
                }
            }
        }
        return of(parts[0].strip(), settings);
    }

    /** The chapter's plain gradient descent: the default everywhere. */
    public static OptimizerSpec chapter() {
        return new OptimizerSpec(Optimizers.ALL.get(0), Map.of());
    }

    /** The same kind with one setting changed. */
    public OptimizerSpec with(String setting, double value) {
        Map<String, Double> changed = new TreeMap<>(settings);
        changed.put(setting, value);
        return new OptimizerSpec(kind, changed);
    }

    /** The kind's id, as files and the command line write it. */
    public String id() {
        return kind.id();
    }

    /** True for the chapter's gradient descent, which files and reports leave unsaid. */
    public boolean isChapter() {
        return equals(chapter());
    }

    /** A fresh optimiser of this kind and these settings, for a trainer of {@code architecture}. */
    public Optimizer create(Architecture architecture) {
        return kind.factory().create(architecture, settings);
    }

    /** Short, for a legend: the id alone while every setting is at its default, else as {@link #toString()}. */
    public String label() {
        return settings.equals(kind.defaults()) ? kind.id() : toString();
    }

    /** As the command line takes it: {@code gd}, {@code momentum:mu=0.9}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.id());
        String sep = ":";
        for (var setting : new TreeMap<>(settings).entrySet()) {
            s.append(sep).append(setting.getKey()).append('=').append(setting.getValue());
            sep = ",";
        }
        return s.toString();
    }
}
