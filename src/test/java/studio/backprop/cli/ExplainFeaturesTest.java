package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Network;
import studio.backprop.io.NetworkFile;
import studio.backprop.teaching.FeaturesByHand;

/**
 * {@code explain --features x1,x2,x1*x2} on a 3-2-1 network and the data x1,x2,y ({@link FeaturesByHand}): the
 * point is named by its own inputs, h_0 by the features it holds.
 */
class ExplainFeaturesTest {
    @TempDir
    Path dir;

    private String[] explain(String... more) throws IOException {
        Network plain = new Network(FeaturesByHand.NET.architecture().withFeatures(null),
                new double[][] {FeaturesByHand.NET.weights(1), FeaturesByHand.NET.weights(2)},
                new double[][] {FeaturesByHand.NET.biases(1), FeaturesByHand.NET.biases(2)});
        Path net = dir.resolve("net3.json");
        NetworkFile.write(plain, net);
        Path data = Files.writeString(dir.resolve("data.csv"), "x1,x2,y\n0.5,-1,1\n");
        String[] args = {"explain", "--network", net.toString(), "--data", data.toString(), "--lr", "0.1",
                "--features", "x1,x2,x1*x2"};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void textNamesThePointByItsTwoInputsAndTheNetworkByTheFeaturesItSees() throws IOException {
        String out = CliRun.of(explain()).succeeded().out();

        assertTrue(out.startsWith("One iteration of gradient descent from the initial weights: network 3-2-1"
                + " (features x1,x2,x1*x2), 1 point,"), out);
        assertTrue(out.contains("Point (x, y) = ([0.5, -1], 1)\n"), out);
    }

    @Test
    void textSetsHZeroAsTheFeaturesEachOnItsNamedRow() throws IOException {
        String out = CliRun.of(explain()).succeeded().out();

        assertTrue(out.contains("    Sigma_0 = h_0 = [ x1    ] = [  0.500000 ]\n"
                + "                    [ x2    ]   [ -1.000000 ]\n"
                + "                    [ x1*x2 ]   [ -0.500000 ]\n"), out);
    }

    @Test
    void jsonKeepsXAsHZeroAndAddsThePointsInputAndTheFeatureNames() throws IOException {
        JsonNode root = CliRun.of(explain("--json")).succeeded().jsonLines().get(0);
        JsonNode point = root.get("points").get(0);

        assertEquals("[\"x1\",\"x2\",\"x1*x2\"]", root.get("features").toString());
        assertEquals("[0.5,-1.0,-0.5]", point.get("x").toString());
        assertEquals("[0.5,-1.0]", point.get("input").toString());
        assertEquals(FeaturesByHand.DA1[2], point.get("layers").get(0).get("dRSS_dA").get(0).get(2).asDouble(), 1e-15);
    }

    @Test
    void jsonWithoutFeaturesHasNeitherInputNorFeatures() throws IOException {
        Path net = dir.resolve("net.json");
        NetworkFile.write(studio.backprop.teaching.TwoInputsByHand.NET, net);
        Path data = Files.writeString(dir.resolve("plain.csv"), "x1,x2,y\n0.5,-1,1\n");
        JsonNode root = CliRun.of("explain", "--network", net.toString(), "--data", data.toString(), "--json")
                .succeeded().jsonLines().get(0);

        assertFalse(root.has("features"));
        assertFalse(root.get("points").get(0).has("input"));
    }

    @Test
    void latexListsTheFeaturesAsHZerosEntries() throws IOException {
        String tex = CliRun.of(explain("--format", "latex")).succeeded().out();

        assertTrue(tex.contains("\\vec{h}_{0} = \\begin{bmatrix} x_{1} \\\\ x_{2} \\\\ x_{1} x_{2} \\end{bmatrix}"), tex);
        assertTrue(tex.contains("([0.5, -1], 1)"), tex);
    }
}
