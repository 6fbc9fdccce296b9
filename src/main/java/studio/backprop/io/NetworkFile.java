package studio.backprop.io;

import static studio.backprop.io.JsonTree.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Feature;
import studio.backprop.engine.Features;
import studio.backprop.engine.Network;

/**
 * Networks as JSON: {@code {"layers": [{"activation": "sigmoid", "weights": [[...], ...], "biases": [...]}, ...]}},
 * one object per layer l = 1..L+1, {@code weights[i][j]} = a_lij (from neuron j of layer l-1 to neuron i
 * of layer l). The network's inputs are the columns of A_1, its outputs the rows of the last A, as the chapter's
 * shapes say. An optional {@code "features": ["x1", "x2", "x1*x2"]} before the layers makes the input layer
 * see those features of the inputs, one column of A_1 each. Messages number layers, rows and columns from 1.
 */
public final class NetworkFile {
    private NetworkFile() {
    }

    public static Network read(Path path) throws InputException {
        return parse(TextFile.read(path), TextFile.name(path));
    }

    public static void write(Network network, Path path) throws IOException {
        AtomicWrite.write(path, toJson(network));
    }

    /** The network as JSON, one layer a line. */
    public static String toJson(Network network) {
        Architecture arch = network.architecture();
        List<String> layers = new ArrayList<>();
        for (int l = 1; l <= arch.depth(); l++) {
            ObjectNode layer = JsonTree.MAPPER.createObjectNode();
            layer.put("activation", arch.activation(l).id());
            ArrayNode rows = layer.putArray("weights");
            for (int i = 0; i < arch.size(l); i++) {
                ArrayNode row = rows.addArray();
                for (int j = 0; j < arch.size(l - 1); j++) {
                    row.add(network.weight(l, i, j));
                }
            }
            ArrayNode biases = layer.putArray("biases");
            for (double b : network.biases(l)) {
                biases.add(b);
            }
            layers.add(JsonTree.write(layer));
        }
        Features features = arch.features();
        String seen = features == null ? "" : "\"features\": " + JsonTree.write(JsonTree.MAPPER.valueToTree(
                features.list().stream().map(Feature::id).toList())) + ", ";
        return "{" + seen + "\"layers\": [\n  " + String.join(",\n  ", layers) + "\n]}\n";
    }

    /** The network as a JSON tree, for files that hold networks inside them. */
    static JsonNode toTree(Network network) {
        try {
            return JsonTree.MAPPER.readTree(toJson(network));
        } catch (IOException e) {
            throw new IllegalStateException("cannot happen: the JSON was just written", e);
        }
    }

    /**
     * Reads a network from JSON text, checking everything.
     *
     * @param sourceName names the text in messages, usually the file name
     * @throws InputException naming the first problem and where it is
     */
    public static Network parse(String json, String sourceName) throws InputException {
        return fromTree(JsonTree.parse(json, sourceName, "a JSON object with \"layers\""), sourceName, "");
    }

    /**
     * Reads a network from a JSON value inside a larger file.
     *
     * @param place where the value sits, put before every message ({@code "network"}), or "" at the top
     */
    static Network fromTree(JsonNode node, String sourceName, String place) throws InputException {
        return new Reader(sourceName, place).network(node);
    }

    /** Walks the tree in file order, so the first problem in the file is the one reported. */
    private static final class Reader {
        private final String source;
        private final String place;

        Reader(String source, String place) {
            this.source = source;
            this.place = place;
        }

        Network network(JsonNode root) throws InputException {
            if (!root.isObject()) {
                throw fail("expected a JSON object {\"layers\": [...]}" + (place.isEmpty() ? " at the top" : "")
                        + ", found " + kind(root));
            }
            JsonNode layers = root.get("layers");
            if (layers == null) {
                throw fail("missing \"layers\", the list of layers");
            }
            if (!layers.isArray()) {
                throw fail("\"layers\" must be an array of layers, found " + kind(layers));
            }
            if (layers.isEmpty()) {
                throw fail("\"layers\" is empty: a network needs at least one layer");
            }
            int n = layers.size();
            int[] sizes = new int[n + 1];
            sizes[0] = inputs(layers.get(0));
            List<Activation> activations = new ArrayList<>();
            double[][] weights = new double[n][];
            double[][] biases = new double[n][];
            for (int l = 1; l <= n; l++) {
                JsonNode layer = layers.get(l - 1);
                if (!layer.isObject()) {
                    throw fail("layer " + l + ": expected an object with \"weights\" and \"biases\", found " + kind(layer));
                }
                int cols = sizes[l - 1];
                weights[l - 1] = weights(layer, l, cols);
                sizes[l] = weights[l - 1].length / cols;
                biases[l - 1] = biases(layer, l, sizes[l]);
                activations.add(activation(layer, l));
            }
            Features features = features(root.get("features"), sizes[0]);
            return new Network(new Architecture(sizes, activations, features), weights, biases);
        }

        /** A_l flat row-major, checked to have {@code cols} columns. */
        /** The columns of A_1's first row, or 1 when it has none to count: the rows' own checks then say why. */
        private static int inputs(JsonNode first) {
            JsonNode rows = first.get("weights");
            JsonNode row = rows == null ? null : rows.get(0);
            return row != null && row.isArray() && !row.isEmpty() ? row.size() : 1;
        }

        private double[] weights(JsonNode layer, int l, int cols) throws InputException {
            String field = "layer " + l + " \"weights\"";
            JsonNode rows = required(layer, "weights", l);
            if (!rows.isArray()) {
                throw fail(field + ": expected an array of rows like [[1, 2], [3, 4]], found " + kind(rows));
            }
            if (rows.isEmpty()) {
                throw fail(field + ": no rows; a layer needs at least one neuron (one row each)");
            }
            String expected = l == 1 ? "expected " + cols + " (as row 1: one per input of the network)"
                    : "expected " + cols + " (the size of layer " + (l - 1) + ")";
            double[] a = new double[rows.size() * cols];
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                if (!row.isArray()) {
                    throw fail(field + ": row " + (i + 1) + " should be an array of numbers like [1, 2], found "
                            + kind(row));
                }
                if (row.size() != cols) {
                    throw fail(field + ": row " + (i + 1) + " has " + row.size()
                            + (row.size() == 1 ? " column, " : " columns, ") + expected);
                }
                for (int j = 0; j < cols; j++) {
                    a[i * cols + j] = number(row.get(j), field + ": row " + (i + 1) + ", column " + (j + 1));
                }
            }
            return a;
        }

        private double[] biases(JsonNode layer, int l, int rows) throws InputException {
            String field = "layer " + l + " \"biases\"";
            JsonNode values = required(layer, "biases", l);
            if (!values.isArray()) {
                throw fail(field + ": expected an array of numbers, one per row of \"weights\", found " + kind(values));
            }
            if (values.size() != rows) {
                throw fail(field + ": " + values.size() + (values.size() == 1 ? " value" : " values")
                        + ", expected " + rows + " (one per row of \"weights\")");
            }
            double[] b = new double[rows];
            for (int i = 0; i < rows; i++) {
                b[i] = number(values.get(i), field + ": entry " + (i + 1));
            }
            return b;
        }

        /** The features named, or null when none are; one per column of A_1. */
        private Features features(JsonNode names, int columns) throws InputException {
            if (names == null || names.isNull()) {
                return null;
            }
            if (!names.isArray() || names.isEmpty()) {
                throw fail("\"features\": expected a list of names such as [\"x1\", \"x2\", \"x1*x2\"], found "
                        + kind(names));
            }
            List<String> ids = new ArrayList<>();
            for (JsonNode name : names) {
                if (!name.isTextual()) {
                    throw fail("\"features\": expected names such as \"x1*x2\", found " + kind(name));
                }
                ids.add(name.textValue());
            }
            Features features;
            try {
                features = Features.parse(String.join(",", ids));
            } catch (IllegalArgumentException e) {
                throw fail("\"features\": " + e.getMessage());
            }
            if (features.count() != columns) {
                throw fail("\"features\": " + features.count() + " features, but layer 1 \"weights\" has " + columns
                        + (columns == 1 ? " column" : " columns") + ": one per feature");
            }
            return features;
        }

        private Activation activation(JsonNode layer, int l) throws InputException {
            JsonNode id = layer.get("activation");
            if (id == null) {
                return Activation.SIGMOID;
            }
            String field = "layer " + l + " \"activation\"";
            if (!id.isTextual()) {
                throw fail(field + ": expected a name such as \"sigmoid\", found " + kind(id));
            }
            List<String> known = new ArrayList<>();
            for (Activation a : Activation.values()) {
                if (a.id().equals(id.textValue())) {
                    return a;
                }
                known.add(a.id());
            }
            throw fail(field + ": unknown activation \"" + id.textValue() + "\" (known: "
                    + String.join(", ", known) + ")");
        }

        private JsonNode required(JsonNode layer, String name, int l) throws InputException {
            JsonNode value = layer.get(name);
            if (value == null) {
                throw fail("layer " + l + ": missing \"" + name + "\"");
            }
            return value;
        }

        private double number(JsonNode value, String at) throws InputException {
            return JsonTree.number(value, source, prefixed(at));
        }

        private InputException fail(String message) {
            return new InputException(source, prefixed(message));
        }

        /** {@code "network" layer 2 ...} inside a place, {@code "network": missing ...} before a problem. */
        private String prefixed(String message) {
            if (place.isEmpty()) {
                return message;
            }
            return place + (message.startsWith("layer ") ? " " : ": ") + message;
        }
    }
}
