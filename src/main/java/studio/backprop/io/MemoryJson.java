package studio.backprop.io;

import static studio.backprop.io.JsonTree.kind;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import studio.backprop.engine.Adam;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Optimizer;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.WeightArrays;

/**
 * What the optimiser remembers, so that training goes on exactly where it stopped: the updates made (Adam's
 * t) and each of its arrays by name, shaped like the network, one layer a line as a network file has them:
 * <pre>
 * "optimizerMemory": {"updates": 250,
 * "m": [
 *   {"weights":[[0.01],[-0.02]],"biases":[0.003,0.001]},
 *   {"weights":[[0.5,-0.25]],"biases":[0.125]}
 * ],
 * "v": [...]}
 * </pre>
 * Momentum's is its "velocity"; gradient descent remembers nothing. Left out when the optimiser is fresh.
 */
final class MemoryJson {
    /** Adam's v is a running mean of squares: a negative one would have Adam take its square root. */
    private static final Map<String, Set<String>> NEVER_NEGATIVE = Map.of(Adam.KIND.id(), Set.of("v"));

    /** One layer of an array: the rows of A_l and b_l. */
    record LayerValues(@JsonProperty(required = true) List<List<Double>> weights,
                       @JsonProperty(required = true) List<Double> biases) {
        LayerValues {
            if (weights == null || weights.contains(null)) {
                throw new IllegalArgumentException("\"weights\": expected an array of rows like [[1, 2], [3, 4]],"
                        + " found null");
            }
            if (biases == null) {
                throw new IllegalArgumentException("\"biases\": expected an array of numbers, found null");
            }
        }
    }

    private MemoryJson() {
    }

    /** True when a fresh optimiser would remember the same: nothing to save. */
    static boolean fresh(OptimizerMemory memory) {
        if (memory.updates() != 0) {
            return false;
        }
        for (WeightArrays values : memory.arrays().values()) {
            for (int l = 1; l <= values.depth(); l++) {
                for (double[] layer : new double[][] {values.a()[l], values.b()[l]}) {
                    for (double v : layer) {
                        if (v != 0) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    static String toJson(OptimizerMemory memory) {
        StringBuilder json = new StringBuilder("{\"updates\": " + memory.updates());
        memory.arrays().forEach((name, values) -> {
            List<String> layers = new ArrayList<>();
            for (int l = 1; l <= values.depth(); l++) {
                double[] a = values.a()[l];
                double[] b = values.b()[l];
                int cols = a.length / b.length;
                List<List<Double>> rows = new ArrayList<>();
                for (int i = 0; i < b.length; i++) {
                    List<Double> row = new ArrayList<>();
                    for (int j = 0; j < cols; j++) {
                        row.add(a[i * cols + j]);
                    }
                    rows.add(row);
                }
                layers.add(JsonTree.write(JsonTree.MAPPER.valueToTree(
                        new LayerValues(rows, Arrays.stream(b).boxed().toList()))));
            }
            json.append(",\n\"").append(name).append("\": [\n  ").append(String.join(",\n  ", layers)).append("\n]");
        });
        return json.append("}").toString();
    }

    /**
     * The optimiser of {@code spec} for {@code architecture}, remembering what a file's "optimizerMemory"
     * holds; null when it is left out, so that training goes on with a fresh one.
     */
    static Optimizer read(JsonNode memory, OptimizerSpec spec, Architecture architecture, long iteration,
                          String source) throws InputException {
        if (memory == null) {
            return null;
        }
        if (!memory.isObject()) {
            throw new InputException(source, "\"optimizerMemory\": expected an object {\"updates\": ..., ...}, found "
                    + kind(memory));
        }
        Optimizer optimizer = spec.create(architecture);
        Set<String> names = optimizer.memory().arrays().keySet();
        for (Iterator<String> fields = memory.fieldNames(); fields.hasNext(); ) {
            String name = fields.next();
            if (!name.equals("updates") && !names.contains(name)) {
                throw new InputException(source, "\"optimizerMemory\": unknown field \"" + name + "\" (the optimiser "
                        + spec.id() + " remembers " + (names.isEmpty() ? "nothing" : "updates, "
                        + String.join(", ", names)) + ")");
            }
        }
        long updates = 0;
        if (memory.has("updates")) {
            updates = JsonBinding.bind(memory.get("updates"), long.class, source, "\"optimizerMemory\" \"updates\"");
            if (updates < 0) {
                throw new InputException(source, "\"optimizerMemory\" \"updates\": must be 0 or more, got " + updates);
            }
            if (updates > iteration) {
                throw new InputException(source, "\"optimizerMemory\" \"updates\": " + updates + " updates, but only "
                        + iteration + " iterations were done (each makes one)");
            }
        }
        Map<String, WeightArrays> arrays = new TreeMap<>();
        for (String name : names) {
            if (!memory.has(name)) {
                throw new InputException(source, "\"optimizerMemory\": missing \"" + name + "\"");
            }
            boolean nonNegative = NEVER_NEGATIVE.getOrDefault(spec.id(), Set.of()).contains(name);
            arrays.put(name, new ArrayReader(source, "\"optimizerMemory\" \"" + name + "\"", architecture, nonNegative)
                    .read(memory.get(name)));
        }
        optimizer.restore(new OptimizerMemory(updates, arrays)); // every array was checked above
        return optimizer;
    }

    /** Reads one array, checking its shape against the network's layer by layer. */
    private record ArrayReader(String source, String place, Architecture architecture, boolean nonNegative) {

        WeightArrays read(JsonNode layers) throws InputException {
            int depth = architecture.depth();
            if (!layers.isArray()) {
                throw fail(place + ": expected an array of layers {\"weights\": ..., \"biases\": ...}, found "
                        + kind(layers));
            }
            if (layers.size() != depth) {
                throw fail(place + ": " + count(layers.size(), "layer") + ", expected "
                        + depth + " (one per layer of the network " + architecture.describe() + ")");
            }
            WeightArrays values = WeightArrays.zeros(architecture);
            for (int l = 1; l <= depth; l++) {
                String at = place + " layer " + l;
                LayerValues layer = JsonBinding.bind(layers.get(l - 1), LayerValues.class, source, at);
                int rows = architecture.size(l);
                int cols = architecture.size(l - 1);
                if (layer.weights().size() != rows) {
                    throw fail(at + " \"weights\": " + count(layer.weights().size(), "row") + ", expected " + rows
                            + " (one per neuron of layer " + l + ")");
                }
                for (int i = 0; i < rows; i++) {
                    List<Double> row = layer.weights().get(i);
                    if (row.size() != cols) {
                        throw fail(at + " \"weights\" row " + (i + 1) + ": " + count(row.size(), "column") + ", expected "
                                + cols + (l == 1 ? " (the network's inputs)" : " (the size of layer " + (l - 1) + ")"));
                    }
                    for (int j = 0; j < cols; j++) {
                        values.a()[l][i * cols + j] = number(row.get(j), at + " \"weights\" row " + (i + 1)
                                + ", column " + (j + 1));
                    }
                }
                if (layer.biases().size() != rows) {
                    throw fail(at + " \"biases\": " + count(layer.biases().size(), "value") + ", expected " + rows
                            + " (one per row of \"weights\")");
                }
                for (int i = 0; i < rows; i++) {
                    values.b()[l][i] = number(layer.biases().get(i), at + " \"biases\" entry " + (i + 1));
                }
            }
            return values;
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }

        private double number(Double value, String at) throws InputException {
            if (value == null) {
                throw fail(at + ": expected a number, found null");
            }
            if (!Double.isFinite(value)) {
                throw fail(at + ": the number is too large to be finite (beyond about 1.8e308)");
            }
            if (nonNegative && value < 0) {
                throw fail(at + ": must be 0 or more (a mean of squares), got " + value);
            }
            return value;
        }

        private InputException fail(String message) {
            return new InputException(source, message);
        }
    }
}
