package studio.backprop.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The JSON side shared by the app's files: one strict mapper, parsing with places, and words for what was found. */
final class JsonTree {
    // Non-numeric numbers (NaN, Infinity) stay disabled, as they are by default: the files are plain JSON.
    // The fast writer is Schubfach, the shortest digits that read back to the same double.
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private JsonTree() {
    }

    /**
     * The whole text as one JSON value.
     *
     * @param expected what an empty file should have held, for its message
     */
    static JsonNode parse(String json, String source, String expected) throws InputException {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new InputException(source, "the file is empty, expected " + expected);
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InputException(source, "line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ": more text after the end of the JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null || at.getLineNr() < 1 ? ""
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new InputException(source, place + "not valid JSON: " + JacksonMessages.clean(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(source, "not valid JSON: " + JacksonMessages.clean(e.getMessage()));
        }
    }

    /** A finite number, or a message naming the place. */
    static double number(JsonNode value, String source, String place) throws InputException {
        if (!value.isNumber()) {
            throw new InputException(source, place + ": expected a number, found " + kind(value));
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            // Only an out-of-range literal such as 1e999 gets here: NaN and Infinity are not JSON.
            throw new InputException(source, place + ": the number is too large to be finite (beyond about 1.8e308)");
        }
        return d;
    }

    /** Text for a JSON tree built in code: cannot fail. */
    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: a tree of numbers and strings", e);
        }
    }

    /** What the user wrote instead, in JSON's words. */
    static String kind(JsonNode node) {
        String text = node.isTextual() ? node.textValue() : "";
        if (text.length() > 20) {
            text = text.substring(0, 20) + "...";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "the string \"" + text + "\"";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            default -> "something else";
        };
    }
}
