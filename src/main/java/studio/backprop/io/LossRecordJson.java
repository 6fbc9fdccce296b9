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
 * are the iterations at which the learning rate changed and at which training went on after an edit.
 */
final class LossRecordJson {
    private static final List<String> FIELDS = List.of("buckets", "rateChanges", "edits");
    private final String source;

    LossRecordJson(String source) {
        this.source = source;
    }

    /** Null when there is nothing to keep, or a value JSON cannot hold (which training never keeps). */
    static String toJson(LossRecord record) {
        LossHistory.Frozen h = record.losses();
        List<String> buckets = new ArrayList<>();
        for (int k = 0; k < h.size(); k++) {
            if (!Double.isFinite(h.min(k)) || !Double.isFinite(h.max(k))) {
                return null;
            }
            buckets.add("[" + h.first(k) + ", " + number(h.min(k)) + ", " + number(h.max(k)) + ", "
                    + number(h.last(k)) + "]");
        }
        if (buckets.isEmpty() && record.edits().length == 0 && record.rateChanges().length == 0) {
            return null;
        }
        return "{\"rateChanges\": " + Arrays.toString(record.rateChanges()) + ", \"edits\": "
                + Arrays.toString(record.edits()) + ",\n\"buckets\": [\n  " + String.join(",\n  ", buckets) + "\n]}";
    }

    private static String number(double value) {
        return JsonTree.write(JsonTree.MAPPER.getNodeFactory().numberNode(value));
    }

    /** The record of a file's "history", checked to end before the file's {@code iteration}. */
    LossRecord read(JsonNode history, long iteration) throws InputException {
        if (history == null) {
            return LossRecord.EMPTY; // a file from before histories were kept
        }
        if (!history.isObject()) {
            throw fail("\"history\": expected an object {\"buckets\": [...], ...}, found " + kind(history));
        }
        for (Iterator<String> names = history.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw fail("\"history\": unknown field \"" + name + "\" (known: " + String.join(", ", FIELDS) + ")");
            }
        }
        JsonNode buckets = history.get("buckets");
        if (buckets == null || !buckets.isArray()) {
            throw fail("\"history\" \"buckets\": expected an array of [iteration, min, max, last], found "
                    + (buckets == null ? "nothing" : kind(buckets)));
        }
        int n = buckets.size();
        long[] first = new long[n];
        double[][] rss = new double[3][n];
        for (int k = 0; k < n; k++) {
            String place = "\"history\" bucket " + (k + 1);
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
            return new LossRecord(LossHistory.Frozen.of(first, rss[0], rss[1], rss[2]),
                    marks(history.get("rateChanges"), "rateChanges", iteration),
                    marks(history.get("edits"), "edits", iteration));
        } catch (IllegalArgumentException e) {
            throw fail("\"history\": " + e.getMessage());
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
