package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.GradientCheck;
import studio.backprop.engine.Network;
import studio.backprop.io.NetworkFile;
import studio.backprop.teaching.TwoInputsByHand;

/**
 * {@code gradcheck}'s report on networks of two inputs and of two outputs: a row per weight of every shape of
 * A_l, the backpropagated values those worked out by hand ({@link TwoInputsByHand}).
 */
class GradcheckShapesTest {
    /** 2-3-2, sigmoid then linear, at two points of two targets each. */
    private static final Network TWO_OUTPUTS = new Network(
            new Architecture(new int[] {2, 3, 2}, List.of(Activation.SIGMOID, Activation.LINEAR)),
            new double[][] {{1, 2, 3, 4, 5, 6}, {0.5, 0.25, 0.125, -1, -2, -3}},
            new double[][] {{0.1, 0.2, 0.3}, {-0.5, 0.5}});
    private static final DataSet TWO_TARGETS = new DataSet(2, 2, new double[] {0.5, -1, 1, 2}, new double[] {1, 0, 0, 1});

    @TempDir
    Path dir;

    private static final GradientCheck TWO_INPUTS_CHECK = GradientCheck.of(TwoInputsByHand.NET, TwoInputsByHand.DATA);

    /** The first cell of each row of the text's table. */
    private static Set<String> names(List<String> lines) {
        Set<String> names = new TreeSet<>();
        for (String line : lines) {
            if (line.matches("[ab]_\\d+ .*")) {
                names.add(line.split(" +")[0]);
            }
        }
        return names;
    }

    @Test
    void aNetworkOfTwoInputsHasARowForEachOfA1sTwoColumns() {
        List<String> lines = GradcheckCommand.text(TWO_INPUTS_CHECK, TwoInputsByHand.NET);

        assertEquals(Set.of("a_111", "a_112", "a_121", "a_122", "b_11", "b_12", "a_211", "a_212", "b_21"), names(lines));
        assertTrue(lines.get(0).startsWith("Gradient check of the network 2-2-1:"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).endsWith(": they agree"), lines.toString());
    }

    @Test
    void theCommandReadsANetworkOfTwoInputsAndItsX1X2YData() throws IOException {
        Path net = dir.resolve("net2.json");
        NetworkFile.write(TwoInputsByHand.NET, net);
        Path data = Files.writeString(dir.resolve("data2.csv"), "x1,x2,y\n0.5,-1,1\n");

        List<String> lines = CliRun.of("gradcheck", "--network", net.toString(), "--data", data.toString())
                .succeeded().outLines();

        assertEquals(GradcheckCommand.text(TWO_INPUTS_CHECK, TwoInputsByHand.NET), lines);
    }

    @Test
    void theBackpropagatedGradientOfEachWeightOfA1IsTheHandComputedOne() {
        JsonNode weights = GradcheckCommand.json(TWO_INPUTS_CHECK).get("weights");

        for (JsonNode w : weights) {
            String name = w.get("name").asText();
            if (name.startsWith("a_1")) {
                int k = 2 * (name.charAt(3) - '1') + (name.charAt(4) - '1');
                assertEquals(TwoInputsByHand.DA1[k], w.get("backprop").doubleValue(), 1e-15, name);
            }
        }
        assertEquals(9, weights.size());
    }

    @Test
    void aNetworkOfTwoOutputsHasARowForEveryWeightAndTheyAgree() {
        GradientCheck check = GradientCheck.of(TWO_OUTPUTS, TWO_TARGETS);

        List<String> lines = GradcheckCommand.text(check, TWO_OUTPUTS);

        assertEquals(17, names(lines).size(), lines.toString());
        assertTrue(names(lines).containsAll(Set.of("a_132", "a_223", "b_22")), lines.toString());
        assertTrue(check.agrees(), lines.toString());
    }
}
