package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each malformed network is reported with the file, the place and the problem, and nothing for developers. */
class NetworkFileErrorsTest {
    private static final String L1 = "{\"weights\": [[5], [-5]], \"biases\": [0, 0]}";
    private static final String OUT = "{\"weights\": [[1, 1]], \"biases\": [0]}";

    private static String net(String... layers) {
        return "{\"layers\": [\n" + String.join(",\n", layers) + "\n]}";
    }

    static Stream<Arguments> malformedNetworks() {
        return Stream.of(
            Arguments.of("truncated JSON", net(L1, OUT).substring(0, 30),
                "net.json: line 2, column 18: not valid JSON: Unexpected end-of-input"),
            Arguments.of("CSV given as a network", "x,y\n0,1\n",
                "net.json: line 1, column 1: not valid JSON: Unrecognized token 'x'"),
            Arguments.of("an empty file", "  \n",
                "net.json: the file is empty, expected a JSON object with \"layers\""),
            Arguments.of("NaN written literally", net(L1, "{\"weights\": [[NaN, 1]], \"biases\": [0]}"),
                "net.json: line 3, column 18: not valid JSON: Non-standard token 'NaN'"),
            Arguments.of("text after the object", net(L1, OUT) + " {}",
                "net.json: line 4, column 4: more text after the end of the JSON object"),
            Arguments.of("an array at the top", "[" + L1 + "]",
                "net.json: expected a JSON object {\"layers\": [...]} at the top, found an array"),
            Arguments.of("an empty layers list", "{\"layers\": []}",
                "net.json: \"layers\" is empty: a network needs at least one layer"),
            Arguments.of("layers not a list", "{\"layers\": {}}",
                "net.json: \"layers\" must be an array of layers, found an object"),
            Arguments.of("a layer that is not an object", net(L1, "7"),
                "net.json: layer 2: expected an object with \"weights\" and \"biases\", found the number 7"),
            Arguments.of("missing weights", net(L1, "{\"biases\": [0]}"),
                "net.json: layer 2: missing \"weights\""),
            Arguments.of("missing biases", net(L1, "{\"weights\": [[1, 1]]}"),
                "net.json: layer 2: missing \"biases\""),
            Arguments.of("weights a flat list", net("{\"weights\": [5, -5], \"biases\": [0, 0]}", OUT),
                "net.json: layer 1 \"weights\": row 1 should be an array of numbers like [1, 2], found the number 5"),
            Arguments.of("first layer's rows of different lengths", net("{\"weights\": [[5, 1], [-5]], \"biases\": [0, 0]}", OUT),
                "net.json: layer 1 \"weights\": row 2 has 1 column, expected 2 (as row 1: one per input of the network)"),
            Arguments.of("columns not the previous layer's rows", net(L1, "{\"weights\": [[1, 1, 1]], \"biases\": [0]}"),
                "net.json: layer 2 \"weights\": row 1 has 3 columns, expected 2 (the size of layer 1)"),
            Arguments.of("ragged rows", net(L1, "{\"weights\": [[1, 1], [1]], \"biases\": [0, 0]}", OUT),
                "net.json: layer 2 \"weights\": row 2 has 1 column, expected 2 (the size of layer 1)"),
            Arguments.of("biases of the wrong length", net("{\"weights\": [[5], [-5]], \"biases\": [0]}", OUT),
                "net.json: layer 1 \"biases\": 1 value, expected 2 (one per row of \"weights\")"),
            Arguments.of("unknown activation", net(L1, "{\"activation\": \"softmax\", \"weights\": [[1, 1]], \"biases\": [0]}"),
                "net.json: layer 2 \"activation\": unknown activation \"softmax\" (known: sigmoid, tanh, relu, linear)"),
            Arguments.of("non-numeric weight", net(L1, "{\"weights\": [[1, \"abc\"]], \"biases\": [0]}"),
                "net.json: layer 2 \"weights\": row 1, column 2: expected a number, found the string \"abc\""),
            Arguments.of("a number written as a string", net(L1, "{\"weights\": [[1, 1]], \"biases\": [\"0.5\"]}"),
                "net.json: layer 2 \"biases\": entry 1: expected a number, found the string \"0.5\""),
            Arguments.of("null", net(L1, "{\"weights\": [[1, null]], \"biases\": [0]}"),
                "net.json: layer 2 \"weights\": row 1, column 2: expected a number, found null"),
            Arguments.of("a boolean", net("{\"weights\": [[5], [true]], \"biases\": [0, 0]}", OUT),
                "net.json: layer 1 \"weights\": row 2, column 1: expected a number, found true"),
            Arguments.of("1e999", net(L1, "{\"weights\": [[1, 1e999]], \"biases\": [0]}"),
                "net.json: layer 2 \"weights\": row 1, column 2: the number is too large to be finite (beyond about 1.8e308)"),
            Arguments.of("-1e999 as a bias", net(L1, "{\"weights\": [[1, 1]], \"biases\": [-1e999]}"),
                "net.json: layer 2 \"biases\": entry 1: the number is too large to be finite (beyond about 1.8e308)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedNetworks")
    void aMalformedNetworkIsReportedWithItsPlaceAndProblem(String what, String json, String expected) {
        InputException e = assertThrows(InputException.class, () -> NetworkFile.parse(json, "net.json"));
        assertTrue(e.getMessage().startsWith(expected), () -> "got: " + e.getMessage());
        assertNoDeveloperTalk(e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"layers\": [1, 2", "{\"layers\": NaN}", "{// comment\n}", "{\"a\": 1, \"a\": 2}",
        "{\"layers\": 01}", "{\"a\": 'x'}", "{\"a\" 1}", "}", "{\"a\": \"\u0001\"}"})
    void jsonSyntaxErrorsGiveLineAndColumnAndNoJavaNames(String json) {
        InputException e = assertThrows(InputException.class, () -> NetworkFile.parse(json, "net.json"));
        assertTrue(e.getMessage().matches("net\\.json: line \\d+, column \\d+: not valid JSON: .+"), e.getMessage());
        assertNoDeveloperTalk(e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1200})
    void limitsOfTheParserAreReportedWithoutJavaNames(int n) {
        for (String json : new String[] {"[".repeat(n), "{\"layers\": " + "1".repeat(n) + "}"}) {
            InputException e = assertThrows(InputException.class, () -> NetworkFile.parse(json, "net.json"));
            assertTrue(e.getMessage().startsWith("net.json: "), e.getMessage());
            assertNoDeveloperTalk(e.getMessage());
        }
    }

    private static void assertNoDeveloperTalk(String message) {
        assertFalse(message.contains("\n"), message);
        for (String word : new String[] {"`", "Source", "Feature", "Exception", "jackson", "java.", "studio."}) {
            assertFalse(message.contains(word), () -> "\"" + word + "\" in: " + message);
        }
        assertEquals(message.strip(), message);
    }
}
