package studio.backprop.io;

import static studio.backprop.io.JsonTree.kind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Records as the files spell them, read and written by Jackson. Reading is strict, as a user's file
 * deserves: no "2" for 2 nor 2 for "2", no 1.5 for a whole number, no null for a number, no field the record lacks (a
 * null where a field may be left out counts as left out, as "preset": null always has). Each
 * refusal becomes one line naming the place in the file's words ({@code "training" "heldOut" entry 2}),
 * never Jackson's or Java's names. A record's compact constructor checks its values and names the field
 * ({@code "\"batchSize\": must be 1 or more, got -2"}); the place of the record goes before it.
 */
final class JsonBinding {
    private static final ObjectMapper STRICT = JsonTree.MAPPER.copy()
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);

    static {
        // Nor 2 for "2": Jackson would take any scalar as text.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            STRICT.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }
    /** On one line as the files' small objects are: {"epoch": 3, "position": 2}. */
    private static final ObjectWriter INLINE = JsonTree.MAPPER.writer(new MinimalPrettyPrinter() {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    });

    private JsonBinding() {
    }

    /**
     * The record {@code node} holds, checked.
     *
     * @param place where {@code node} sits, such as {@code "training"}, put before every message
     */
    static <T> T bind(JsonNode node, Class<T> type, String source, String place) throws InputException {
        try {
            return STRICT.treeToValue(node, type);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InputException(source, join(placeOf(place, e.getPath()), cause.getMessage()));
        } catch (UnrecognizedPropertyException e) {
            List<String> path = placeOf(place, e.getPath().subList(0, e.getPath().size() - 1));
            throw new InputException(source, join(path, "unknown field \"" + e.getPropertyName() + "\" (known: "
                    + String.join(", ", new TreeSet<>(names(e.getKnownPropertyIds()))) + ")"));
        } catch (JsonMappingException e) {
            List<JsonMappingException.Reference> path = e.getPath();
            JsonNode found = at(node, path);
            if (found == null && !path.isEmpty()) { // a required field left out
                throw new InputException(source, join(placeOf(place, path.subList(0, path.size() - 1)),
                        "missing \"" + path.get(path.size() - 1).getFieldName() + "\""));
            }
            String where = String.join(" ", placeOf(place, path));
            if (e.getCause() instanceof InputCoercionException) {
                throw new InputException(source, where + ": the number " + found.asText() + " is out of range");
            }
            Class<?> target = e instanceof MismatchedInputException m && m.getTargetType() != null
                    ? m.getTargetType() : Object.class;
            throw new InputException(source, where + ": expected " + expected(target) + ", found " + kind(found));
        } catch (JsonProcessingException e) {
            throw new InputException(source, place + ": " + JacksonMessages.clean(e.getOriginalMessage()));
        }
    }

    /** A record on one line: {@code {"batchSize": 2, "shuffle": 7}}. */
    static String inline(Object value) {
        try {
            return INLINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: a record of numbers and lists", e);
        }
    }

    /**
     * {@code "training" "heldOut" entry 2}, {@code "m" layer 1 "weights" row 2, column 1}: fields quoted,
     * indexes counted from 1, an index within an index a column.
     */
    private static List<String> placeOf(String place, List<JsonMappingException.Reference> path) {
        List<String> words = new ArrayList<>(List.of(place));
        for (int k = 0; k < path.size(); k++) {
            JsonMappingException.Reference r = path.get(k);
            if (r.getFieldName() != null) {
                words.add("\"" + r.getFieldName() + "\"");
            } else if (k + 1 < path.size() && path.get(k + 1).getFieldName() == null) {
                words.add("row " + (r.getIndex() + 1) + ",");
            } else {
                boolean inRow = k > 0 && path.get(k - 1).getFieldName() == null;
                words.add((inRow ? "column " : "entry ") + (r.getIndex() + 1));
            }
        }
        return words;
    }

    /** A message that names its own field ("\"epoch\": ...") follows the place with a space, others a colon. */
    private static String join(List<String> place, String message) {
        return String.join(" ", place) + (message.startsWith("\"") ? " " : ": ") + message;
    }

    /** The node the path leads to within {@code root}, or null where there is none. */
    private static JsonNode at(JsonNode root, List<JsonMappingException.Reference> path) {
        JsonNode node = root;
        for (JsonMappingException.Reference r : path) {
            node = node == null ? null : r.getFieldName() != null ? node.get(r.getFieldName()) : node.get(r.getIndex());
        }
        return node;
    }

    private static String expected(Class<?> target) {
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == String.class) {
            return "text";
        }
        if (target == Double.class || target == double.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (target.isRecord() || Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        return "another kind of value";
    }

    private static List<String> names(Collection<Object> ids) {
        return ids.stream().map(String::valueOf).toList();
    }
}
