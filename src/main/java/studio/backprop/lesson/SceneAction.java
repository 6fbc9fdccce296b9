package studio.backprop.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What starts once a scene is shown: training runs, runs to an iteration, or steps a few iterations,
 * perhaps changing the learning rate at given iterations on the way.
 *
 * @param kind    what training does
 * @param count   the iteration to run to (RUN_TO) or the iterations to step (STEP); 0 otherwise
 * @param changes where the rate changes, in order; only while running
 */
public record SceneAction(Kind kind, long count, List<RateChange> changes) {
    public enum Kind { NONE, RUN, RUN_TO, STEP }

    public static final SceneAction NONE = new SceneAction(Kind.NONE, 0, List.of());
    /** A number with its thousands perhaps set apart: "1,000,000". */
    static final String COUNT = "\\d+(?:[,_]\\d{3})*";
    private static final Pattern KIND = Pattern.compile("(run to|step)\\s+(" + COUNT + ")|run");
    private static final Pattern CHANGE = Pattern.compile("\\s*,\\s*rate\\s+(\\S+)\\s+at\\s+(" + COUNT + ")");

    public SceneAction {
        Objects.requireNonNull(kind, "kind");
        changes = List.copyOf(changes);
        boolean counted = kind == Kind.RUN_TO || kind == Kind.STEP;
        if (counted != count > 0 || count < 0) {
            throw new IllegalArgumentException("action: \"run to\" and \"step\" take a count from 1, the others none");
        }
        if (!changes.isEmpty() && kind != Kind.RUN && kind != Kind.RUN_TO) {
            throw new IllegalArgumentException("action: the rate changes while training runs: \"run, rate 1 at 500\"");
        }
        for (int k = 1; k < changes.size(); k++) {
            if (changes.get(k).iteration() <= changes.get(k - 1).iteration()) {
                throw new IllegalArgumentException("action: the rate changes must come in order of iteration");
            }
        }
    }

    /** "run", "run to 1000", "step 10", "run, rate 10 at 1000, rate 1 at 5000". */
    public static SceneAction parse(String text) {
        String t = text.strip();
        if (t.equals("none")) {
            return NONE;
        }
        Matcher m = KIND.matcher(t);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("action: \"" + t + "\" is not run, run to N, step N or"
                    + " run, rate A at N");
        }
        Kind kind = m.group(1) == null ? Kind.RUN : m.group(1).equals("step") ? Kind.STEP : Kind.RUN_TO;
        long count = m.group(2) == null ? 0 : Named.count(m.group(2), "action: the count");
        String rest = t.substring(m.end());
        List<RateChange> changes = rates(rest, CHANGE, "action: \"" + t + "\"");
        return new SceneAction(kind, count, changes);
    }

    /** Rate changes written one after another as {@code pattern} reads them: the rate, then the iteration. */
    static List<RateChange> rates(String text, Pattern pattern, String where) {
        List<RateChange> changes = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.start() == at) {
            changes.add(new RateChange(Named.count(m.group(2), "the iteration"),
                    Named.decimal(m.group(1), "the rate")));
            at = m.end();
        }
        if (at < text.length()) {
            throw new IllegalArgumentException(where + ": cannot read \"" + text.substring(at).strip()
                    + "\" (a rate change reads \"rate 0.1 at 1000\")");
        }
        return changes;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(switch (kind) {
            case NONE -> "none";
            case RUN -> "run";
            case RUN_TO -> "run to " + count;
            case STEP -> "step " + count;
        });
        for (RateChange c : changes) {
            s.append(", rate ").append(Named.number(c.rate())).append(" at ").append(c.iteration());
        }
        return s.toString();
    }
}
