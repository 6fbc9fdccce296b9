package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Features;
import studio.backprop.engine.Network;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;

/** An experiment file holds each point as the network's inputs then its outputs, whatever their number. */
class ExperimentShapesTest {
    /** 2-2-1: two inputs, one output. */
    private static final Network TWO_INPUTS = new Network(
            new Architecture(new int[] {2, 2, 1}, List.of(Activation.TANH, Activation.SIGMOID)),
            new double[][] {{0.5, -1, 2, 0.25}, {1, -2}}, new double[][] {{0.1, -0.2}, {0.05}});
    private static final DataSet XOR = new DataSet(2, 1, new double[] {0, 0, 0, 1, 1, 0, 1, 1},
            new double[] {0, 1, 1, 0});
    private static final SavedExperiment SAVED = SavedExperiment.start(new Experiment(TWO_INPUTS, XOR, 0.1), null,
            WeightInit.normal(1, 7));

    @Test
    void pointsOfTwoInputsAreWrittenAsX1X2Y() {
        String json = ExperimentFile.toJson(SAVED);

        assertTrue(json.contains("\"data\": [\n  [0.0, 0.0, 0.0],\n  [0.0, 1.0, 1.0],"), json);
    }

    @Test
    void pointsOfTwoInputsReadBackAsTheyWereWritten() throws Exception {
        JsonNode points = JsonTree.parse(ExperimentFile.toJson(SAVED), "xor.json", "an experiment").get("data");

        assertEquals(XOR, new ExperimentReader("xor.json").data(points, 2, 1));
    }

    @Test
    void aPointOfTheWrongLengthNamesTheNetworksShape() throws Exception {
        JsonNode points = JsonTree.parse("[[0, 0, 0], [0, 1]]", "xor.json", "points");

        InputException e = assertThrows(InputException.class,
                () -> new ExperimentReader("xor.json").data(points, 2, 1));

        assertEquals("xor.json: \"data\" point 2: 2 numbers, expected 3 ([x1, x2, y])", e.getMessage());
    }

    @Test
    void aChapterPointOfTheWrongLengthIsStillTold() throws Exception {
        JsonNode points = JsonTree.parse("[[0, 0, 0]]", "e.json", "points");

        InputException e = assertThrows(InputException.class, () -> new ExperimentReader("e.json").data(points, 1, 1));

        assertEquals("e.json: \"data\" point 1: 3 numbers, expected 2 ([x, y])", e.getMessage());
    }

    @Test
    void aWholeExperimentOfTwoInputsReadsBackAsItWasWritten() throws Exception {
        SavedExperiment back = ExperimentFile.parse(ExperimentFile.toJson(SAVED), "xor.bpstudio");

        assertEquals(TWO_INPUTS, back.network());
        assertEquals(XOR, back.data());
    }

    @Test
    void aNetworkOfTwoInputsAndTwoOutputsReadsBackAsItWasWritten() throws Exception {
        Network twoByTwo = new Network(
                new Architecture(new int[] {2, 3, 2}, List.of(Activation.SIGMOID, Activation.LINEAR)),
                new double[][] {{1, 2, 3, 4, 5, 6}, {0.5, 0.25, 0.125, -1, -2, -3}},
                new double[][] {{0.1, 0.2, 0.3}, {-0.5, 0.5}});

        Network back = NetworkFile.parse(NetworkFile.toJson(twoByTwo), "net.json");

        assertEquals(twoByTwo, back);
        assertEquals(2, back.architecture().inputs());
        assertEquals(2, back.architecture().outputs());
    }

    @Test
    void aNetworkSeeingFeaturesNamesThemAndReadsBackSeeingThem() throws Exception {
        Network seeing = new Network(new Architecture(new int[] {3, 1}, List.of(Activation.SIGMOID)),
                new double[][] {{1, 2, 3}}, new double[][] {{0.5}}).seeing(Features.parse("x1,x2,x1*x2"));

        String json = NetworkFile.toJson(seeing);

        assertTrue(json.startsWith("{\"features\": [\"x1\",\"x2\",\"x1*x2\"], \"layers\": ["), json);
        assertEquals(seeing, NetworkFile.parse(json, "net.json"));
    }

    @Test
    void anExperimentSeeingFeaturesKeepsItsDataAsGivenAndTheFeaturesInItsNetworks() throws Exception {
        Network seeing = new Network(new Architecture(new int[] {3, 1}, List.of(Activation.SIGMOID)),
                new double[][] {{1, 2, 3}}, new double[][] {{0.5}}).seeing(Features.parse("x1,x2,x1*x2"));
        SavedExperiment saved = SavedExperiment.start(new Experiment(seeing, XOR, 0.1), null, WeightInit.normal(1, 7));

        SavedExperiment back = ExperimentFile.parse(ExperimentFile.toJson(saved), "xor.bpstudio");

        assertEquals(XOR, back.data());
        assertEquals(seeing, back.initialNetwork());
    }

    @Test
    void featuresThatDoNotNumberTheColumnsOfA1AreOneLine() {
        String json = "{\"features\": [\"x1\", \"x2\"], \"layers\": [{\"weights\": [[1, 2, 3]], \"biases\": [0]}]}";

        InputException e = assertThrows(InputException.class, () -> NetworkFile.parse(json, "net.json"));

        assertEquals("net.json: \"features\": 2 features, but layer 1 \"weights\" has 3 columns: one per feature",
                e.getMessage());
    }

    @Test
    void anUnknownFeatureInAFileIsOneLine() {
        String json = "{\"features\": [\"x1\", \"x9\"], \"layers\": [{\"weights\": [[1, 2]], \"biases\": [0]}]}";

        InputException e = assertThrows(InputException.class, () -> NetworkFile.parse(json, "net.json"));

        assertTrue(e.getMessage().startsWith("net.json: \"features\": unknown feature \"x9\" (known: x, x^2"),
                e.getMessage());
    }
}
