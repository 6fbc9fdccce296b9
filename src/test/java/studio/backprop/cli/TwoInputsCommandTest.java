package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Accuracy;

/** train, gradcheck and bench take networks of two inputs, and of two outputs, from files. */
class TwoInputsCommandTest {
    private static final String NET_2_3_1 = """
            {"layers": [
              {"activation": "tanh", "weights": [[0.5, -1], [2, 0.25], [1, 1]], "biases": [0.1, -0.2, 0]},
              {"activation": "sigmoid", "weights": [[1, -2, 0.5]], "biases": [0.05]}
            ]}
            """;
    private static final String NET_2_3_2 = """
            {"layers": [
              {"activation": "sigmoid", "weights": [[0.5, -1], [2, 0.25], [-0.75, 1]], "biases": [0.1, -0.2, 0.3]},
              {"activation": "sigmoid", "weights": [[1, -2, 0.5], [-1, 0.3, 0.7]], "biases": [0.05, -0.05]}
            ]}
            """;
    private static final double[][] XS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, -0.25}};
    private static final double[][] YS = {{0}, {1}, {1}, {0}, {1}};
    private static final double[][] YS2 = {{0, 1}, {1, 0}, {1, 1}, {0, 0}, {0.5, 0.25}};

    @TempDir
    Path dir;

    private String write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private String data(String header, double[][] ys) throws Exception {
        StringBuilder csv = new StringBuilder(header + "\n");
        for (int p = 0; p < XS.length; p++) {
            csv.append(XS[p][0]).append(',').append(XS[p][1]);
            for (double y : ys[p]) {
                csv.append(',').append(y);
            }
            csv.append('\n');
        }
        return write("data.csv", csv.toString());
    }

    @Test
    void threeIterationsOnTwoInputsGiveTheWeightsComputedByHand() throws Exception {
        JsonNode line = CliRun.of("train", "--network", write("net.json", NET_2_3_1), "--data", data("x1,x2,y", YS),
                "--lr", "0.5", "--iterations", "3", "--json").succeeded().jsonLines().get(0);
        HandTrained hand = new HandTrained(new double[][][] {{{0.5, -1}, {2, 0.25}, {1, 1}}, {{1, -2, 0.5}}},
                new double[][] {{0.1, -0.2, 0}, {0.05}}, "tanh", "sigmoid");
        for (int k = 0; k < 3; k++) {
            hand.iterate(XS, YS, 0.5);
        }

        assertSameWeights(hand, line.get("layers"));
        assertEquals(5, line.get("predictions").size());
        assertEquals(hand.forward(XS[4])[2][0], line.get("predictions").get(4).asDouble(), 1e-12);
    }

    @Test
    void threeIterationsOnTwoOutputsGiveTheWeightsComputedByHandAndAListOfPredictionsAPoint() throws Exception {
        JsonNode line = CliRun.of("train", "--network", write("net.json", NET_2_3_2),
                "--data", data("x1,x2,y1,y2", YS2), "--lr", "0.1", "--iterations", "3", "--json")
                .succeeded().jsonLines().get(0);
        HandTrained hand = new HandTrained(
                new double[][][] {{{0.5, -1}, {2, 0.25}, {-0.75, 1}}, {{1, -2, 0.5}, {-1, 0.3, 0.7}}},
                new double[][] {{0.1, -0.2, 0.3}, {0.05, -0.05}}, "sigmoid", "sigmoid");
        for (int k = 0; k < 3; k++) {
            hand.iterate(XS, YS2, 0.1);
        }

        assertSameWeights(hand, line.get("layers"));
        JsonNode last = line.get("predictions").get(4);
        assertEquals(2, last.size());
        assertEquals(hand.forward(XS[4])[2][1], last.get(1).asDouble(), 1e-12);
        assertFalse(line.has("accuracy"), "0.5 and 0.25 are not classes");
    }

    private static void assertSameWeights(HandTrained hand, JsonNode layers) {
        for (int l = 0; l < hand.a.length; l++) {
            for (int i = 0; i < hand.a[l].length; i++) {
                for (int j = 0; j < hand.a[l][i].length; j++) {
                    double reported = layers.get(l).get("weights").get(i).get(j).asDouble();
                    assertEquals(hand.a[l][i][j], reported, 1e-12 * Math.max(1, Math.abs(reported)),
                            "a_" + (l + 1) + (i + 1) + (j + 1));
                }
                assertEquals(hand.b[l][i], layers.get(l).get("biases").get(i).asDouble(), 1e-12,
                        "b_" + (l + 1) + (i + 1));
            }
        }
    }

    @Test
    void classTargetsAddTheAccuracyToEveryReport() throws Exception {
        String out = CliRun.of("train", "--network", write("net.json", NET_2_3_1), "--data", data("x1,x2,y", YS),
                "--lr", "0.5", "--iterations", "2000", "--report", "0,2000").succeeded().out();

        HandTrained hand = new HandTrained(new double[][][] {{{0.5, -1}, {2, 0.25}, {1, 1}}, {{1, -2, 0.5}}},
                new double[][] {{0.1, -0.2, 0}, {0.05}}, "tanh", "sigmoid");
        int right = 0;
        for (int p = 0; p < XS.length; p++) {
            right += (hand.forward(XS[p])[2][0] >= 0.5 ? 1 : 0) == YS[p][0] ? 1 : 0;
        }
        List<String> accuracy = out.lines().filter(line -> line.startsWith("  Accuracy")).toList();

        assertEquals(List.of("  Accuracy " + Accuracy.percent((double) right / XS.length), "  Accuracy 100%"),
                accuracy);
    }

    @Test
    void theGradientCheckAgreesOnTwoInputsAndOnTwoOutputs() throws Exception {
        assertTrue(CliRun.of("gradcheck", "--network", write("net.json", NET_2_3_1), "--data", data("x1,x2,y", YS))
                .succeeded().out().contains("they agree"));
        assertTrue(CliRun.of("gradcheck", "--network", write("net2.json", NET_2_3_2),
                "--data", data("x1,x2,y1,y2", YS2)).succeeded().out().contains("they agree"));
    }

    @Test
    void benchTimesANetworkOfTwoInputs() throws Exception {
        String out = CliRun.of("bench", "--network", write("net.json", NET_2_3_1), "--data", data("x1,x2,y", YS),
                "--iterations", "1000").succeeded().out();

        assertTrue(out.startsWith("2-3-1, 5 points"), out);
    }

    @Test
    void dataOfOtherColumnsThanTheNetworksIsOneLineNamingBoth() throws Exception {
        CliRun.of("train", "--data", data("x1,x2,y", YS)).rejectedWith(
                "data.csv: line 1: the header names 2 inputs and 1 output (x1,x2,y), expected 1 input and 1 output (x,y)");
    }

    @Test
    void aNetworkOfTwoInputsNeedsDataOfItsOwn() throws Exception {
        CliRun.of("train", "--network", write("net.json", NET_2_3_1)).rejectedWith("--data", "is needed",
                "2 inputs and 1 output", "x1,x2,y");
    }

    @Test
    void trainingWithFeaturesIsTrainingOnTheFeaturesColumns() throws Exception {
        String net = write("net3.json", NET_2_3_1.replace("[[0.5, -1], [2, 0.25], [1, 1]]",
                "[[0.5, -1, 0.3], [2, 0.25, -0.4], [1, 1, 1]]"));
        StringBuilder columns = new StringBuilder("x1,x2,x3,y\n");
        for (int p = 0; p < XS.length; p++) {
            columns.append(XS[p][0]).append(',').append(XS[p][1]).append(',').append(XS[p][0] * XS[p][1]).append(',')
                    .append(YS[p][0]).append('\n');
        }
        String asColumns = write("columns.csv", columns.toString());

        String withFeatures = CliRun.of("train", "--network", net, "--data", data("x1,x2,y", YS), "--features",
                "x1,x2,x1*x2", "--iterations", "50", "--lr", "0.5", "--json").succeeded().out();
        String onColumns = CliRun.of("train", "--network", net, "--data", asColumns, "--iterations", "50", "--lr", "0.5",
                "--json").succeeded().out();

        assertEquals(onColumns, withFeatures);
    }

    @Test
    void anUnknownFeatureIsOneLineListingTheKnown() throws Exception {
        CliRun.of("train", "--data", data("x1,x2,y", YS), "--features", "x1,x3").rejectedWith(
                "--features", "unknown feature \"x3\"", "x1*x2", "sin(pi*x)");
    }

    @Test
    void featuresForAnotherNumberOfInputsThanTheNetworksIsOneLine() throws Exception {
        CliRun.of("train", "--network", write("net.json", NET_2_3_1), "--data", data("x1,x2,y", YS),
                "--features", "x1,x2,x1*x2").rejectedWith("--features", "names 3 features", "it has 2");
    }

    @Test
    void featuresOfOneInputReadDataOfOneInput() throws Exception {
        CliRun.of("train", "--network", write("net3.json", NET_2_3_1.replace("[[0.5, -1], [2, 0.25], [1, 1]]",
                "[[0.5, -1, 0.3], [2, 0.25, -0.4], [1, 1, 1]]")), "--data", data("x1,x2,y", YS),
                "--features", "x,x^2,x^3").rejectedWith("the header names 2 inputs", "expected 1 input and 1 output");
    }

    @Test
    void theGradientCheckAgreesOnANetworkSeeingFeatures() throws Exception {
        String net = write("net3.json", NET_2_3_1.replace("[[0.5, -1], [2, 0.25], [1, 1]]",
                "[[0.5, -1, 0.3], [2, 0.25, -0.4], [1, 1, 1]]"));

        assertTrue(CliRun.of("gradcheck", "--network", net, "--data", data("x1,x2,y", YS), "--features", "x1,x2,x1*x2")
                .succeeded().out().contains("they agree"));
    }
}
