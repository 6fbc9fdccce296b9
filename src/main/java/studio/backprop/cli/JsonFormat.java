package studio.backprop.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import studio.backprop.engine.Network;

/**
 * The JSON output: one object a line, numbers in full precision and in the shortest form that reads
 * back to the same double (Jackson's fast writer, as {@code io.NetworkFile} uses). A value that is not
 * finite (training that diverged) comes out as the string "NaN" or "Infinity", still valid JSON.
 */
final class JsonFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build());

    private JsonFormat() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** [v0, v1, ...]. */
    static ArrayNode vector(double[] values) {
        ArrayNode array = array();
        for (double v : values) {
            array.add(v);
        }
        return array;
    }

    /** [[row 0], [row 1], ...] of a flat row-major matrix. */
    static ArrayNode matrix(double[] flat, int rows) {
        int cols = flat.length / rows;
        ArrayNode array = array();
        for (int i = 0; i < rows; i++) {
            ArrayNode row = array.addArray();
            for (int j = 0; j < cols; j++) {
                row.add(flat[i * cols + j]);
            }
        }
        return array;
    }

    /** [{"weights": [[...]], "biases": [...]}, ...] for layers 1..L+1. */
    static ArrayNode layers(Network network) {
        ArrayNode layers = array();
        for (int l = 1; l <= network.depth(); l++) {
            ObjectNode layer = layers.addObject();
            layer.set("weights", matrix(network.weights(l), network.architecture().size(l)));
            layer.set("biases", vector(network.biases(l)));
        }
        return layers;
    }

    /** The object on one line. */
    static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: a tree of numbers and strings", e);
        }
    }
}
