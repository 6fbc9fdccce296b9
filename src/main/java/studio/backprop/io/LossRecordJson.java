package studio.backprop.io;

import static studio.backprop.io.JsonTree.kind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import studio.backprop.training.LossHistory;
import studio.backprop.training.LossRecord;

/**
 * An experiment's "history", the loss chart of its training so far:
 * <pre>
 * "history": {"rateChanges": [2000], "edits": [1500],
 * "buckets": [
 *   [0, 1.614, 1.614, 1.614],
 *   [1, 1.588, 1.588, 1.588], ...
 * ]}
 * </pre>
 * Each bucket is [first iteration, least RSS, greatest RSS, last RSS] (see {@link LossHistory}); the marks
 * are the iterations at which the learning rate changed and at which training went on after an edit. The
 * held-out points' RSS, when some are held out, is kept beside it in the same buckets and the same marks:
 * {@code "heldOutHistory": {"buckets": [...]}}.
 */
final class LossRecordJson {
    private static final List<String> FIELDS = List.of("buckets", "rateChanges", "edits");
    private final String source;

    LossRecordJson(String source) {
        this.source = source;
    }

    /** Null when there is nothing to keep, or a value JSON cannot hold (which training never keeps). */
    static String toJson(LossRecord record) {
        String buckets = buckets(record.losses());
        if (buckets == null || buckets.isEmpty() && record.edits().length == 0 && record.rateChanges().length == 0) {
            return null;
        }
        return "{\"rateChanges\": " + Arrays.toString(record.rateChanges()) + ", \"edits\": "
                + Arrays.toString(record.edits()) + ",\n\"buckets\": [\n  " + buckets + "\n]}";
    }

    /** The held-out points' RSS, {"buckets": [...]} as in "history"; null when none was kept. */
    static String heldOutJson(LossRecord record) {
        String buckets = buckets(record.heldOutLosses());
        return buckets == null || buckets.isEmpty() ? null : "{\"buckets\": [\n  " + buckets + "\n]}";
    }

    /** One bucket a line; null when one holds a value JSON cannot. */
    private static String buckets(LossHistory.Frozen h) {
        List<String> buckets = new ArrayList<>();
        for (int k = 0; k < h.size(); k++) {
            if (!Double.isFinite(h.min(k)) || !Double.isFinite(h.max(k))) {
                return null;
            }
            buckets.add("[" + h.first(k) + ", " + number(h.min(k)) + ", " + number(h.max(k)) + ", "
                    + number(h.last(k)) + "]");
        }
        return String.join(",\n  ", buckets);
    }

    private static String number(double value) {
        return JsonTree.write(JsonTree.MAPPER.getNodeFactory().numberNode(value));
    }

    /**
     * The record of a file's "history" and "heldOutHistory", checked to end before the file's
     * {@code iteration}.
     */
    LossRecord read(JsonNode history, JsonNode heldOut, long iteration) throws InputException {
        LossHistory.Frozen heldOutLosses = heldOut == null ? LossHistory.Frozen.EMPTY
                : losses(heldOut, "heldOutHistory", List.of("buckets"), iteration);
        if (history == null) {
            // A file from before histories were kept.
            return new LossRecord(LossHistory.Frozen.EMPTY, new long[0], new long[0], heldOutLosses);
        }
        LossHistory.Frozen losses = losses(history, "history", FIELDS, iteration);
        try {
            return new LossRecord(losses, marks(history.get("rateChanges"), "rateChanges", iteration),
                    marks(history.get("edits"), "edits", iteration), heldOutLosses);
        } catch (IllegalArgumentException e) {
            throw fail("\"history\": " + e.getMessage());
        }
    }

    /** The buckets of the object {@code name}, which may hold the fields {@code known}. */
    private LossHistory.Frozen losses(JsonNode history, String name, List<String> known, long iteration)
            throws InputException {
        String field = "\"" + name + "\"";
        if (!history.isObject()) {
            throw fail(field + ": expected an object {\"buckets\": [...], ...}, found " + kind(history));
        }
        for (Iterator<String> names = history.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!known.contains(n)) {
                throw fail(field + ": unknown field \"" + n + "\" (known: " + String.join(", ", known) + ")");
            }
        }
        JsonNode buckets = history.get("buckets");
        if (buckets == null || !buckets.isArray()) {
            throw fail(field + " \"buckets\": expected an array of [iteration, min, max, last], found "
                    + (buckets == null ? "nothing" : kind(buckets)));
        }
        int n = buckets.size();
        long[] first = new long[n];
        double[][] rss = new double[3][n];
        for (int k = 0; k < n; k++) {
            String place = field + " bucket " + (k + 1);
            JsonNode bucket = buckets.get(k);
            if (!bucket.isArray() || bucket.size() != 4) {
                throw fail(place + ": expected [iteration, min, max, last], found " + kind(bucket)
                        + (bucket.isArray() ? " of " + bucket.size() : ""));
            }
            first[k] = whole(bucket.get(0), place + " iteration");
            if (first[k] >= iteration) {
                throw fail(place + ": starts at iteration " + first[k] + ", not before the " + iteration
                        + " iterations done");
            }
            for (int v = 0; v < 3; v++) {
                rss[v][k] = JsonTree.number(bucket.get(v + 1), source, place);
            }
        }
        try {
            return LossHistory.Frozen.of(first, rss[0], rss[1], rss[2]);
        } catch (IllegalArgumentException e) {
            throw fail(field + ": " + e.getMessage());
        }
    }

    private long[] marks(JsonNode marks, String name, long iteration) throws InputException {
        if (marks == null) {
            return new long[0];
        }
        String place = "\"history\" \"" + name + "\"";
        if (!marks.isArray()) {
            throw fail(place + ": expected an array of iterations, found " + kind(marks));
        }
        long[] at = new long[marks.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = whole(marks.get(k), place);
            if (at[k] > iteration) {
                throw fail(place + ": iteration " + at[k] + " is past the " + iteration + " iterations done");
            }
        }
        return at;
    }

    private long whole(JsonNode value, String place) throws InputException {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw fail(place + ": expected a whole number from 0, found " + kind(value));
        }
        return value.longValue();
    }

    private InputException fail(String message) {
        return new InputException(source, message);
    }
}
