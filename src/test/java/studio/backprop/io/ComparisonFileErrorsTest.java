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
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Variants;

/** Each malformed part of a saved comparison is refused in one line naming its place. */
class ComparisonFileErrorsTest {
    /** Adam at three learning rates, runs 2 and 3 at iterations 6 and 7. */
    private static final String GOOD = ExperimentFile.toJson(ComparisonFileTest.ladder());
    /** Gradient descent, momentum and Adam. */
    private static final String OPTIMIZERS = ExperimentFile.toJson(ComparisonFileTest.compared("gd",
            Variants.classicOptimizers(OptimizerSpec.chapter())));

    private static String tree(Consumer<ObjectNode> change) {
        return JsonEdits.edited(GOOD, change);
    }

    private static ObjectNode comparison(ObjectNode root) {
        return (ObjectNode) root.get("comparison");
    }

    /** Run k (from 2) of the comparison. */
    private static ObjectNode run(ObjectNode root, int k) {
        return (ObjectNode) comparison(root).get("runs").get(k - 2);
    }

    private static ArrayNode values(ObjectNode root) {
        return (ArrayNode) comparison(root).get("values");
    }

    static Stream<Arguments> malformedComparisons() {
        return Stream.of(
            Arguments.of("an unknown setting", tree(r -> comparison(r).put("key", "speed")),
                "e.json: \"comparison\": unknown setting to compare \"speed\" (known: lr, optimizer, batch-size,"
                    + " momentum, l2, l1, seed, layers)"),
            Arguments.of("a rate that is not a number", tree(r -> values(r).set(1, "fast")),
                "e.json: \"comparison\": a value of lr is not a number: [0.01, fast, 0.1]"),
            Arguments.of("a value as a number", tree(r -> values(r).set(1, 0.001)),
                "e.json: \"comparison\" \"values\" entry 2: expected text, found the number 0.001"),
            Arguments.of("a setting that is not text", tree(r -> comparison(r).put("key", true)),
                "e.json: \"comparison\" \"key\": expected text, found true"),
            Arguments.of("a value given twice", tree(r -> values(r).set(2, "0.01")),
                "e.json: \"comparison\": a value is given twice: [0.01, 0.001, 0.01]"),
            Arguments.of("five values", tree(r -> values(r).add("1").add("2")),
                "e.json: \"comparison\": compares 2 to 4 runs, got 5"),
            Arguments.of("a run too few", tree(r -> ((ArrayNode) comparison(r).get("runs")).remove(1)),
                "e.json: \"comparison\" \"runs\": 1 run, expected 2: one for each of \"values\" after the first,"
                    + " which is the run of the rest of the file"),
            Arguments.of("a run too many", tree(r -> ((ArrayNode) comparison(r).get("runs")).add(run(r, 2))),
                "e.json: \"comparison\" \"runs\": 3 runs, expected 2: one for each of \"values\" after the first,"
                    + " which is the run of the rest of the file"),
            Arguments.of("no runs at all", tree(r -> comparison(r).remove("runs")),
                "e.json: \"comparison\": missing \"runs\""),
            Arguments.of("an unknown field", tree(r -> comparison(r).put("label", "rates")),
                "e.json: \"comparison\": unknown field \"label\" (known: key, runs, values)"),
            Arguments.of("a comparison that is an array", tree(r -> r.putArray("comparison")),
                "e.json: \"comparison\": expected an object, found an array"),
            Arguments.of("a null comparison", tree(r -> r.putNull("comparison")),
                "e.json: \"comparison\": expected an object {\"key\": ..., \"values\": [...], \"runs\": [...]},"
                    + " found null"),
            Arguments.of("a run that is a number", tree(r -> ((ArrayNode) comparison(r).get("runs")).set(1, 3)),
                "e.json: \"comparison\" run 3: expected an object {\"learningRate\": ..., \"iteration\": ...,"
                    + " \"network\": ...}, found the number 3"),
            Arguments.of("a run without its network", tree(r -> run(r, 2).remove("network")),
                "e.json: \"comparison\" run 2: missing \"network\""),
            Arguments.of("an unknown field in a run", tree(r -> run(r, 3).put("rate", 0.1)),
                "e.json: \"comparison\" run 3: unknown field \"rate\" (known: batchPosition, heldOutHistory, history,"
                    + " iteration, learningRate, network, optimizerMemory)"),
            Arguments.of("a run's negative rate", tree(r -> run(r, 2).put("learningRate", -0.1)),
                "e.json: \"comparison\" run 2 \"learningRate\": must be a positive number, got -0.1"),
            Arguments.of("a run's iteration as text", tree(r -> run(r, 2).put("iteration", "6")),
                "e.json: \"comparison\" run 2 \"iteration\": expected a whole number, found the string \"6\""),
            Arguments.of("a run whose network has a layer less", tree(r -> ((ArrayNode) run(r, 2).get("network")
                    .get("layers")).remove(1)),
                "e.json: \"comparison\" run 2 \"network\" layer 2 \"weights\": row 1 has 2 columns, expected 4 (the size"
                    + " of layer 1)"),
            Arguments.of("a run whose network has another activation", tree(r -> ((ObjectNode) run(r, 3).get("network")
                    .get("layers").get(0)).put("activation", "relu")),
                "e.json: \"comparison\" run 3 \"network\" is 1-4-2-1 relu,sigmoid,sigmoid but the run's is 1-4-2-1"
                    + " sigmoid,sigmoid,sigmoid: a run has the layers and activations of its value"),
            Arguments.of("a run's malformed layer", tree(r -> ((ObjectNode) run(r, 3).get("network").get("layers")
                    .get(0)).remove("biases")),
                "e.json: \"comparison\" run 3 \"network\" layer 1: missing \"biases\""),
            Arguments.of("a run's place beyond the training points", tree(r -> ((ObjectNode) run(r, 2)
                    .get("batchPosition")).put("position", 4)),
                "e.json: \"comparison\" run 2 \"batchPosition\" \"position\": 4 is not a point of an epoch of the 4"
                    + " training points (counted from 0)"),
            Arguments.of("a run's memory of more updates than iterations", tree(r -> ((ObjectNode) run(r, 2)
                    .get("optimizerMemory")).put("updates", 7)),
                "e.json: \"comparison\" run 2 \"optimizerMemory\" \"updates\": 7 updates, but only 6 iterations were"
                    + " done (each makes one)"),
            Arguments.of("a run's loss chart past its iterations", tree(r -> run(r, 3).putObject("history")
                    .putArray("buckets").addArray().add(7).add(1).add(1).add(1)),
                "e.json: \"comparison\" run 3 \"history\" bucket 1: starts at iteration 7, not before the 7"
                    + " iterations done"),
            Arguments.of("momentum's mu compared with Adam", tree(r -> {
                comparison(r).put("key", "momentum");
                values(r).removeAll().add("0.5").add("0.9").add("0.99");
            }),
                "e.json: \"comparison\" run 1 (μ = 0.5): momentum is a setting of the optimiser momentum, not of adam"),
            Arguments.of("a comparison in a file of version 1", tree(r -> r.put("version", 1)),
                "e.json: unknown field \"training\" (known: format, version, preset, init, optimizer, learningRate,"
                    + " iteration, network, initialNetwork, data, history)"),
            Arguments.of("Adam's memory for the momentum run", JsonEdits.edited(OPTIMIZERS, r -> run(r, 2)
                    .set("optimizerMemory", run(r, 3).get("optimizerMemory"))),
                "e.json: \"comparison\" run 2 \"optimizerMemory\": unknown field \"m\" (the optimiser momentum remembers"
                    + " updates, velocity)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedComparisons")
    void aMalformedComparisonIsRefusedInOneLineNamingItsPlace(String what, String json, String message) {
        InputException e = assertThrows(InputException.class, () -> ExperimentFile.parse(json, "e.json"));

        assertEquals(message, e.getMessage(), what);
        assertFalse(e.getMessage().contains("\n"), what);
    }
}
