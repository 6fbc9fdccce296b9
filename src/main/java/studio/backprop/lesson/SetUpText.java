package studio.backprop.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Presets;

/**
 * A scene's front block, one {@code key: value} a line, read into its set-up and action and written back
 * with only what is said. The keys, in the order they are written:
 * preset, seed, experiment, rate, optimizer, batch-size, shuffle, l1, l2, hold-out, iteration, rates,
 * point, views, panels, phase, edges, diagram, action.
 */
final class SetUpText {
    static final List<String> KEYS = List.of("preset", "seed", "experiment", "rate", "optimizer", "batch-size",
            "shuffle", "l1", "l2", "hold-out", "iteration", "rates", "point", "views", "panels", "phase", "edges",
            "diagram", "action");
    private static final Pattern RATE = Pattern.compile("\\s*,?\\s*(\\S+?)\\s+at\\s+(" + SceneAction.COUNT + ")");

    private SetUpText() {
    }

    /** A set-up and an action read from the block's values by key; a key not known is refused by name. */
    record Block(SetUp setUp, SceneAction action) {
    }

    /** A refusal of one key's value, which says which key so that the line can be named. */
    static final class BadKey extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String key;

        BadKey(String key, String message) {
            super(message);
            this.key = key;
        }
    }

    static Block read(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                throw new BadKey(key, "unknown key \"" + key + "\" (known: " + String.join(", ", KEYS) + ")");
            }
        }
        Reader r = new Reader(values);
        List<RateChange> rates = r.get("rates", v -> SceneAction.rates(v, RATE, "rates"));
        SetUp setUp = new SetUp(r.get("preset", v -> Presets.get(v.strip()).id()), r.get("seed", v -> Named.count(v, "seed")),
                r.get("experiment", v -> v), r.get("rate", v -> positive(v, "rate")),
                rates == null ? List.of() : rates,
                r.get("optimizer", OptimizerSpec::parse), r.get("batch-size", v -> Named.whole(v, "batch-size")),
                r.get("shuffle", v -> Named.count(v, "shuffle")), r.get("l1", v -> Named.decimal(v, "l1")),
                r.get("l2", v -> Named.decimal(v, "l2")), r.get("hold-out", SetUpText::points),
                r.get("iteration", v -> Named.count(v, "iteration")), r.get("point", v -> Named.whole(v, "point")),
                r.get("views", v -> set(v, LessonView.class, "view", false)),
                r.get("panels", v -> set(v, LessonPanel.class, "panel", true)),
                r.get("phase", ScenePhase::parse), r.get("edges", v -> Named.byId(SceneEdges.class, v, "edges")),
                r.get("diagram", v -> Named.byId(SceneDiagram.class, v, "diagram")));
        SceneAction action = r.get("action", SceneAction::parse);
        return new Block(setUp, action == null ? SceneAction.NONE : action);
    }

    /** Reads each value where it is asked for, so that a refusal names its key. */
    private record Reader(Map<String, String> values) {
        <T> T get(String key, Function<String, T> parse) {
            String value = values.get(key);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                throw new BadKey(key, message.startsWith(key) ? message : key + ": " + message);
            }
        }
    }

    private static double positive(String v, String what) {
        double rate = Named.decimal(v, what);
        if (!(rate > 0)) {
            throw new IllegalArgumentException("must be above 0, got " + v.strip());
        }
        return rate;
    }

    private static List<Integer> points(String v) {
        if (v.strip().equals("none")) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(p -> Named.whole(p, "a point")).toList();
    }

    private static <E extends Enum<E>> Set<E> set(String v, Class<E> type, String what, boolean noneAllowed) {
        if (noneAllowed && v.strip().equals("none")) {
            return Set.of();
        }
        if (!noneAllowed && v.strip().equals("all")) {
            return EnumSet.allOf(type);
        }
        Set<E> set = EnumSet.noneOf(type);
        for (String word : v.split(",")) {
            if (!set.add(Named.byId(type, word, what))) {
                throw new IllegalArgumentException(word.strip() + " is named twice");
            }
        }
        return set;
    }

    /** The block's lines, {@code key: value}, for what the set-up and the action say. */
    static List<String> lines(SetUp s, SceneAction action) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("preset", s.preset());
        out.put("seed", text(s.seed()));
        out.put("experiment", s.experiment());
        out.put("rate", s.rate() == null ? null : Named.number(s.rate()));
        out.put("optimizer", s.optimizer() == null ? null : s.optimizer().toString());
        out.put("batch-size", text(s.batchSize()));
        out.put("shuffle", text(s.shuffle()));
        out.put("l1", s.l1() == null ? null : Named.number(s.l1()));
        out.put("l2", s.l2() == null ? null : Named.number(s.l2()));
        out.put("hold-out", s.heldOut() == null ? null : s.heldOut().isEmpty() ? "none"
                : s.heldOut().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        out.put("iteration", text(s.iteration()));
        out.put("rates", s.rates().isEmpty() ? null : s.rates().stream()
                .map(c -> Named.number(c.rate()) + " at " + c.iteration()).collect(Collectors.joining(", ")));
        out.put("point", text(s.point()));
        out.put("views", s.views() == null ? null : s.views().stream().sorted().map(LessonView::id)
                .collect(Collectors.joining(", ")));
        out.put("panels", s.panels() == null ? null : s.panels().isEmpty() ? "none" : s.panels().stream().sorted()
                .map(LessonPanel::id).collect(Collectors.joining(", ")));
        out.put("phase", text(s.phase()));
        out.put("edges", s.edges() == null ? null : s.edges().id());
        out.put("diagram", s.diagram() == null ? null : s.diagram().id());
        out.put("action", action.kind() == SceneAction.Kind.NONE ? null : action.toString());
        List<String> lines = new ArrayList<>();
        out.forEach((key, value) -> {
            if (value != null) {
                lines.add(key + ": " + value);
            }
        });
        return lines;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
