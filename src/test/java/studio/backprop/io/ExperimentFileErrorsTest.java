package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Presets;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;

/** Each malformed experiment is reported with the file, the place and the problem. */
class ExperimentFileErrorsTest {
    private static final String GOOD = ExperimentFile.toJson(
            SavedExperiment.start(Experiment.chapter(), "chapter", WeightInit.chapter()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The good file with its first {@code from} replaced: for mistakes only text can make. */
    private static String with(String from, String to) {
        if (!GOOD.contains(from)) {
            throw new IllegalArgumentException("not in the file: " + from);
        }
        return GOOD.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    /** The good file changed as a tree: for mistakes in the content. */
    /** Ten iterations done, and these buckets. */
    private static String history(String buckets) {
        return tree(r -> {
            r.put("iteration", 10);
            try {
                r.putObject("history").set("buckets", JSON.readTree(buckets));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String tree(Consumer<ObjectNode> change) {
        return JsonEdits.edited(GOOD, change);
    }

    private static ObjectNode layer(ObjectNode root, String network, int l) {
        return (ObjectNode) root.get(network).get("layers").get(l - 1);
    }

    private static ArrayNode point(ObjectNode root, int p) {
        return (ArrayNode) root.get("data").get(p - 1);
    }

    static Stream<Arguments> malformedExperiments() {
        return Stream.of(
            Arguments.of("truncated JSON", GOOD.substring(0, 200),
                "e.json: line 7, column 7: not valid JSON: Unexpected end-of-input"),
            Arguments.of("not JSON at all", "\u00bfqu\u00e9?",
                "e.json: line 1, column 1: not valid JSON: Unexpected character"),
            Arguments.of("CSV given as an experiment", "x,y\n0,1\n",
                "e.json: line 1, column 1: not valid JSON: Unrecognized token 'x'"),
            Arguments.of("an empty file", "\n",
                "e.json: the file is empty, expected a JSON object with \"format\": \"backprop-studio-experiment\""),
            Arguments.of("a network file", NetworkFileTest.CHAPTER_JSON,
                "e.json: missing \"format\": not a Backprop Studio experiment (it looks like a network file)"),
            Arguments.of("an array at the top", "[1, 2]",
                "e.json: expected a JSON object {\"format\": \"backprop-studio-experiment\", ...} at the top, found an array"),
            Arguments.of("NaN in the data", with("[0.25, 1.0]", "[0.25, NaN]"),
                "e.json: line 18, column 13: not valid JSON: Non-standard token 'NaN'"),
            Arguments.of("duplicate fields", with("\"iteration\": 0", "\"iteration\": 0, \"iteration\": 1"),
                "e.json: line 5, column 28: not valid JSON: Duplicate field 'iteration'"),
            Arguments.of("a number too large to be finite", with("[0.25, 1.0]", "[0.25, 1e999]"),
                "e.json: \"data\" point 2 y: the number is too large to be finite (beyond about 1.8e308)"),
            Arguments.of("wrong format string", tree(r -> r.put("format", "backprop-studio-network")),
                "e.json: \"format\" is the string \"backprop-studio-netw...\", expected \"backprop-studio-experiment\""),
            Arguments.of("version 3", tree(r -> r.put("version", 3)),
                "e.json: \"version\": written by a newer Backprop Studio (version 3); this one reads versions up to 2"),
            Arguments.of("version as a string", tree(r -> r.put("version", "1")),
                "e.json: \"version\": expected a whole number, found the string \"1\""),
            Arguments.of("an unknown field", tree(r -> r.put("iterations", 5)),
                "e.json: unknown field \"iterations\" (known: format, version, preset, init, optimizer, learningRate,"
                    + " iteration, network, initialNetwork, data, history)"),
            Arguments.of("a history past the iterations done", history("[[0, 2, 2, 2], [10, 1, 1, 1]]"),
                "e.json: \"history\" bucket 2: starts at iteration 10, not before the 10 iterations done"),
            Arguments.of("a history bucket out of order", history("[[3, 2, 2, 2], [3, 1, 1, 1]]"),
                "e.json: \"history\": bucket 2 starts at iteration 3, not after the one before it (3)"),
            Arguments.of("a history bucket whose last RSS is outside it", history("[[0, 1, 2, 3]]"),
                "e.json: \"history\": bucket 1 at iteration 0: its last RSS 3.0 must lie from its minimum 1.0 to"
                    + " its maximum 2.0"),
            Arguments.of("a history bucket of three numbers", history("[[0, 1, 1]]"),
                "e.json: \"history\" bucket 1: expected [iteration, min, max, last], found an array of 3"),
            Arguments.of("an unknown optimiser", tree(r -> r.putObject("optimizer").put("id", "nesterov")),
                "e.json: \"optimizer\": unknown optimiser \"nesterov\" (known: gd, sgd, momentum, adam)"),
            Arguments.of("an optimiser setting it does not have", tree(r -> r.putObject("optimizer").put("id", "gd")
                    .put("mu", 0.9)),
                "e.json: \"optimizer\": the optimiser gd has no setting \"mu\""),
            Arguments.of("an optimiser without an id", tree(r -> r.putObject("optimizer").put("mu", 0.9)),
                "e.json: \"optimizer\": missing \"id\""),
            Arguments.of("missing network", tree(r -> r.remove("network")), "e.json: missing \"network\""),
            Arguments.of("network not an object", tree(r -> r.putArray("network")),
                "e.json: \"network\": expected a JSON object {\"layers\": [...]}, found an array"),
            Arguments.of("wrong shape in the network", tree(r -> layer(r, "network", 3).putArray("weights").addArray()
                    .add(10).add(10).add(10)),
                "e.json: \"network\" layer 3 \"weights\": row 1 has 3 columns, expected 2 (the size of layer 2)"),
            Arguments.of("biases of the wrong length in the initial network",
                tree(r -> layer(r, "initialNetwork", 1).putArray("biases").add(0)),
                "e.json: \"initialNetwork\" layer 1 \"biases\": 1 value, expected 4 (one per row of \"weights\")"),
            Arguments.of("network and initial network of different shapes", tree(r -> r.set("network",
                    NetworkFile.toTree(Presets.get("sine").experiment().initial()))),
                "e.json: \"initialNetwork\" is 1-4-2-1 sigmoid,sigmoid,sigmoid but \"network\" is 1-6-1 sigmoid,sigmoid:"
                    + " both must have the same layers and activations"),
            Arguments.of("unknown activation", tree(r -> layer(r, "network", 1).put("activation", "softplus")),
                "e.json: \"network\" layer 1 \"activation\": unknown activation \"softplus\" (known: sigmoid, tanh, relu, linear)"),
            Arguments.of("data missing", tree(r -> r.remove("data")), "e.json: missing \"data\""),
            Arguments.of("an empty data set", tree(r -> r.putArray("data")),
                "e.json: \"data\" is empty: an experiment needs at least one point"),
            Arguments.of("a data point with 3 numbers", tree(r -> point(r, 2).add(2)),
                "e.json: \"data\" point 2: 3 numbers, expected 2 ([x, y])"),
            Arguments.of("a data point that is a number", tree(r -> ((ArrayNode) r.get("data")).set(1, 0.25)),
                "e.json: \"data\" point 2: expected [x, y], found the number 0.25"),
            Arguments.of("a data point with text", tree(r -> point(r, 3).set(0, "half")),
                "e.json: \"data\" point 3 x: expected a number, found the string \"half\""),
            Arguments.of("a negative iteration", tree(r -> r.put("iteration", -3)),
                "e.json: \"iteration\": must be at least 0, got -3"),
            Arguments.of("a fractional iteration", tree(r -> r.put("iteration", 1.5)),
                "e.json: \"iteration\": expected a whole number, found the number 1.5"),
            Arguments.of("a learning rate of 0", tree(r -> r.put("learningRate", 0)),
                "e.json: \"learningRate\": must be a positive number, got 0"),
            Arguments.of("a learning rate as text", tree(r -> r.put("learningRate", "fast")),
                "e.json: \"learningRate\": expected a number, found the string \"fast\""),
            Arguments.of("an unknown initialization", tree(r -> ((ObjectNode) r.get("init")).put("method", "he")),
                "e.json: \"init\": unknown weight initialization \"he\" (known: chapter, normal, xavier)"),
            Arguments.of("an initialization without a seed", tree(r -> ((ObjectNode) r.get("init")).remove("seed")),
                "e.json: \"init\": missing \"seed\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedExperiments")
    void aMalformedExperimentIsReportedWithThePlaceAndTheProblem(String what, String json, String message) {
        InputException e = assertThrows(InputException.class, () -> ExperimentFile.parse(json, "e.json"));
        // Jackson's own words after the place may grow between versions; the place and the problem may not.
        String shown = message.contains("not valid JSON: ") && e.getMessage().startsWith(message)
                ? message : e.getMessage();
        assertEquals(message, shown, what);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(TextFile.MAX_BYTES + 1); // sparse: no 50 MB written
        }
        InputException e = assertThrows(InputException.class, () -> ExperimentFile.read(huge));
        assertEquals(huge + ": too large: " + (TextFile.MAX_BYTES + 1) + " bytes, more than the 50 MB limit", e.getMessage());
    }

    @Test
    void aMissingFileAndABinaryFileAreNamed() throws Exception {
        Path missing = dir.resolve("gone.json");
        assertEquals(missing + ": not found",
                assertThrows(InputException.class, () -> ExperimentFile.read(missing)).getMessage());
        Path binary = dir.resolve("image.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff});
        assertEquals("image.png: not a UTF-8 text file",
                assertThrows(InputException.class, () -> ExperimentFile.read(binary)).getMessage());
    }
}
