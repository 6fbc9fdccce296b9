package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.training.LossRecord;

/** Each malformed field of version 2 is refused in one line naming its place. */
class ExperimentFileVersion2ErrorsTest {
    /** Adam, batches of 2 shuffled, a penalty, point 4 held out; 5 iterations done, mid-epoch. */
    private static final String GOOD = ExperimentFile.toJson(ExperimentFileVersion2Test.trained("adam",
            LossRecord.EMPTY));

    private static String tree(Consumer<ObjectNode> change) {
        return JsonEdits.edited(GOOD, change);
    }

    private static ObjectNode training(ObjectNode root) {
        return (ObjectNode) root.get("training");
    }

    private static ObjectNode position(ObjectNode root) {
        return (ObjectNode) root.get("batchPosition");
    }

    private static ObjectNode memory(ObjectNode root) {
        return (ObjectNode) root.get("optimizerMemory");
    }

    /** Layer l of the optimiser's array {@code name}. */
    private static ObjectNode layer(ObjectNode root, String name, int l) {
        return (ObjectNode) memory(root).get(name).get(l - 1);
    }

    static Stream<Arguments> malformedFields() {
        return Stream.of(
            Arguments.of("a negative batch size", tree(r -> training(r).put("batchSize", -2)),
                "e.json: \"training\" \"batchSize\": must be 1 or more (left out, every point is in each update), got -2"),
            Arguments.of("a batch size as text", tree(r -> training(r).put("batchSize", "two")),
                "e.json: \"training\" \"batchSize\": expected a whole number, found the string \"two\""),
            Arguments.of("a fractional shuffle seed", tree(r -> training(r).put("shuffle", 1.5)),
                "e.json: \"training\" \"shuffle\": expected a whole number, found the number 1.5"),
            Arguments.of("a batch size beyond any int", tree(r -> training(r).put("batchSize", 10_000_000_000L)),
                "e.json: \"training\" \"batchSize\": the number 10000000000 is out of range"),
            Arguments.of("an unknown training field", tree(r -> training(r).put("batch", 2)),
                "e.json: \"training\": unknown field \"batch\" (known: batchSize, heldOut, penalty, shuffle)"),
            Arguments.of("training as an array", tree(r -> r.putArray("training")),
                "e.json: \"training\": expected an object, found an array"),
            Arguments.of("a negative penalty", tree(r -> ((ObjectNode) training(r).get("penalty")).put("l2", -0.1)),
                "e.json: \"training\" \"penalty\" \"l2\": must be 0 or more, got -0.1"),
            Arguments.of("a penalty that is a number", tree(r -> training(r).put("penalty", 3)),
                "e.json: \"training\" \"penalty\": expected an object, found the number 3"),
            Arguments.of("a null epoch", tree(r -> position(r).putNull("epoch")),
                "e.json: \"batchPosition\" \"epoch\": expected a whole number, found null"),
            Arguments.of("null weights in a memory layer", tree(r -> layer(r, "m", 1).putNull("weights")),
                "e.json: \"optimizerMemory\" \"m\" layer 1 \"weights\": expected an array of rows like [[1, 2], [3, 4]],"
                    + " found null"),
            Arguments.of("a null memory value", tree(r -> ((ArrayNode) layer(r, "m", 1).get("biases")).setNull(0)),
                "e.json: \"optimizerMemory\" \"m\" layer 1 \"biases\" entry 1: expected a number, found null"),
            Arguments.of("null updates", tree(r -> memory(r).putNull("updates")),
                "e.json: \"optimizerMemory\" \"updates\": expected a whole number, found null"),
            Arguments.of("a held-out point beyond the data", tree(r -> training(r).putArray("heldOut").add(6)),
                "e.json: \"training\" \"heldOut\": point 6 is held out, but the data has 5 points"),
            Arguments.of("a held-out point 0", tree(r -> training(r).putArray("heldOut").add(0)),
                "e.json: \"training\" \"heldOut\": point numbers start at 1, got 0"),
            Arguments.of("a point held out twice", tree(r -> training(r).putArray("heldOut").add(2).add(2)),
                "e.json: \"training\" \"heldOut\": point 2 is held out twice"),
            Arguments.of("a held-out point as text", tree(r -> training(r).putArray("heldOut").add(2).add("x")),
                "e.json: \"training\" \"heldOut\" entry 2: expected a whole number, found the string \"x\""),
            Arguments.of("every point held out", tree(r -> training(r).putArray("heldOut").add(1).add(2).add(3).add(4)
                    .add(5)),
                "e.json: \"training\" \"heldOut\": every point is held out: at least one must be trained on"),
            Arguments.of("an unknown optimiser", tree(r -> r.putObject("optimizer").put("id", "nesterov")),
                "e.json: \"optimizer\": unknown optimiser \"nesterov\" (known: gd, sgd, momentum, adam)"),
            Arguments.of("a memory layer of the wrong shape", tree(r -> layer(r, "m", 2).putArray("weights").addArray()
                    .add(0).add(0).add(0)),
                "e.json: \"optimizerMemory\" \"m\" layer 2 \"weights\": 1 row, expected 2 (one per neuron of layer 2)"),
            Arguments.of("a memory row of the wrong length", tree(r -> ((ArrayNode) layer(r, "m", 2).get("weights"))
                    .insertArray(0).add(0).add(0).add(0)),
                "e.json: \"optimizerMemory\" \"m\" layer 2 \"weights\": 3 rows, expected 2 (one per neuron of layer 2)"),
            Arguments.of("a memory column too few", tree(r -> ((ArrayNode) layer(r, "m", 2).get("weights").get(1))
                    .remove(0)),
                "e.json: \"optimizerMemory\" \"m\" layer 2 \"weights\" row 2: 3 columns, expected 4 (the size of layer 1)"),
            Arguments.of("a memory of too few layers", tree(r -> ((ArrayNode) memory(r).get("v")).remove(2)),
                "e.json: \"optimizerMemory\" \"v\": 2 layers, expected 3 (one per layer of the network 1-4-2-1)"),
            Arguments.of("a memory of biases too many", tree(r -> ((ArrayNode) layer(r, "m", 3).get("biases")).add(1)),
                "e.json: \"optimizerMemory\" \"m\" layer 3 \"biases\": 2 values, expected 1 (one per row of \"weights\")"),
            Arguments.of("a memory value as text", tree(r -> ((ArrayNode) layer(r, "m", 1).get("weights").get(1))
                    .set(0, "x")),
                "e.json: \"optimizerMemory\" \"m\" layer 1 \"weights\" row 2, column 1: expected a number, found the"
                    + " string \"x\""),
            Arguments.of("a memory layer without biases", tree(r -> layer(r, "v", 3).remove("biases")),
                "e.json: \"optimizerMemory\" \"v\" layer 3: missing \"biases\""),
            Arguments.of("a negative Adam v", tree(r -> ((ArrayNode) layer(r, "v", 1).get("biases")).set(1, -0.5)),
                "e.json: \"optimizerMemory\" \"v\" layer 1 \"biases\" entry 2: must be 0 or more (a mean of squares),"
                    + " got -0.5"),
            Arguments.of("Adam's memory without v", tree(r -> memory(r).remove("v")),
                "e.json: \"optimizerMemory\": missing \"v\""),
            Arguments.of("another optimiser's memory", tree(r -> memory(r).set("velocity", memory(r).get("m"))),
                "e.json: \"optimizerMemory\": unknown field \"velocity\" (the optimiser adam remembers updates, m, v)"),
            Arguments.of("a memory for gradient descent", tree(r -> r.putObject("optimizer").put("id", "gd")),
                "e.json: \"optimizerMemory\": unknown field \"m\" (the optimiser gd remembers nothing)"),
            Arguments.of("more updates than iterations", tree(r -> memory(r).put("updates", 6)),
                "e.json: \"optimizerMemory\" \"updates\": 6 updates, but only 5 iterations were done (each makes one)"),
            Arguments.of("negative updates", tree(r -> memory(r).put("updates", -1)),
                "e.json: \"optimizerMemory\" \"updates\": must be 0 or more, got -1"),
            Arguments.of("a negative epoch", tree(r -> position(r).put("epoch", -1)),
                "e.json: \"batchPosition\" \"epoch\": must be 0 or more, got -1"),
            Arguments.of("a position beyond the training points", tree(r -> position(r).put("position", 4)),
                "e.json: \"batchPosition\" \"position\": 4 is not a point of an epoch of the 4 training points"
                    + " (counted from 0)"),
            Arguments.of("a position as text", tree(r -> position(r).put("position", "2")),
                "e.json: \"batchPosition\" \"position\": expected a whole number, found the string \"2\""),
            Arguments.of("a position without its epoch", tree(r -> position(r).remove("epoch")),
                "e.json: \"batchPosition\": missing \"epoch\""),
            Arguments.of("a held-out history past the iterations done", tree(r -> r.putObject("heldOutHistory")
                    .putArray("buckets").addArray().add(5).add(1).add(1).add(1)),
                "e.json: \"heldOutHistory\" bucket 1: starts at iteration 5, not before the 5 iterations done"),
            Arguments.of("a held-out history with marks of its own", tree(r -> r.putObject("heldOutHistory")
                    .putArray("edits")),
                "e.json: \"heldOutHistory\": unknown field \"edits\" (known: buckets)"),
            Arguments.of("version 0", tree(r -> r.put("version", 0)),
                "e.json: \"version\": unknown version 0, expected 1 up to 2"),
            Arguments.of("a field of version 2 in a file of version 1", tree(r -> r.put("version", 1)),
                "e.json: unknown field \"training\" (known: format, version, preset, init, optimizer, learningRate,"
                    + " iteration, network, initialNetwork, data, history)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFields")
    void aMalformedVersion2FieldIsRefusedInOneLineNamingItsPlace(String what, String json, String message) {
        InputException e = assertThrows(InputException.class, () -> ExperimentFile.parse(json, "e.json"));

        assertEquals(message, e.getMessage(), what);
        assertFalse(e.getMessage().contains("\n"), what);
    }
}
