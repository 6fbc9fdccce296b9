package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Network;
import studio.backprop.io.Decimals;
import studio.backprop.io.NetworkFile;
import studio.backprop.teaching.TwoInputsByHand;

/**
 * {@code explain --network --data} on networks of two inputs (x1,x2,y) and of two outputs (x1,x2,y1,y2): x and y
 * written as the chapter's vectors, A_1 with a column per input, the numbers those worked out by hand
 * ({@link TwoInputsByHand}).
 */
class ExplainShapesTest {
    private static final double SIX_DECIMALS = 0.5e-6 + 1e-12;
    /** 2-3-2 at the points ([0.5, -1], [1, 0]) and ([1, 2], [0, 1]). */
    private static final Network TWO_OUTPUTS = new Network(
            new Architecture(new int[] {2, 3, 2}, List.of(Activation.SIGMOID, Activation.LINEAR)),
            new double[][] {{1, 2, 3, 4, 5, 6}, {0.5, 0.25, 0.125, -1, -2, -3}},
            new double[][] {{0.1, 0.2, 0.3}, {-0.5, 0.5}});

    @TempDir
    Path dir;

    /** {@code --network} and {@code --data} files of the 2-2-1 network and its point, x1,x2,y. */
    private String[] twoInputs(String... more) throws IOException {
        return files(TwoInputsByHand.NET, "x1,x2,y\n0.5,-1,1\n", more);
    }

    private String[] twoOutputs(String... more) throws IOException {
        return files(TWO_OUTPUTS, "x1,x2,y1,y2\n0.5,-1,1,0\n1,2,0,1\n", more);
    }

    /** {@code explain --network FILE --data FILE --lr 0.1}, then {@code more}. */
    private String[] files(Network network, String csv, String... more) throws IOException {
        Path net = dir.resolve("net.json");
        NetworkFile.write(network, net);
        Path data = Files.writeString(dir.resolve("data.csv"), csv);
        List<String> args = new ArrayList<>(List.of("explain", "--network", net.toString(), "--data", data.toString(),
                "--lr", Double.toString(TwoInputsByHand.ALPHA)));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String six(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** As a handout writes a computed value: as short as it is exactly, else to six decimals. */
    private static String handout(double v) {
        return new Decimals(6).exactOrFixed(v);
    }

    @Test
    void textNamesThePointByItsVectorXAndSetsXAsAColumn() throws IOException {
        String out = CliRun.of(twoInputs()).succeeded().out();

        assertTrue(out.startsWith("One iteration of gradient descent from the initial weights: network 2-2-1, 1 point,"), out);
        assertTrue(out.contains("Point (x, y) = ([0.5, -1], 1)\n"), out);
        assertTrue(out.contains("    Sigma_0 = x = [  0.500000 ]   h_0 = x = [  0.500000 ]\n"
                + "                  [ -1.000000 ]             [ -1.000000 ]\n"), out);
    }

    @Test
    void textSetsTheWeightGradientOfLayerOneInTwoColumnsAtThePointAndInTheSum() throws IOException {
        String out = CliRun.of(twoInputs()).succeeded().out().replaceAll(" +", " ");
        double[] dA1 = TwoInputsByHand.DA1;

        // One point: its share of the gradient is the whole sum, so each row shows twice.
        for (String row : List.of("[ " + six(dA1[0]) + " " + six(dA1[1]) + " ]", "[ " + six(dA1[2]) + " " + six(dA1[3]) + " ]")) {
            assertEquals(2, out.split(Pattern.quote(row), -1).length - 1, row + " in:\n" + out);
        }
    }

    @Test
    void jsonWritesXAsAVectorAndTheHandComputedNumbers() throws IOException {
        JsonNode point = CliRun.of(twoInputs("--json")).succeeded().jsonLines().get(0)
                .get("points").get(0);

        assertEquals("[0.5,-1.0]", point.get("x").toString());
        assertEquals(1.0, point.get("y").doubleValue());
        assertEquals(TwoInputsByHand.H2, point.get("layers").get(1).get("h").get(0).doubleValue(), 1e-15);
        JsonNode dA1 = point.get("layers").get(0).get("dRSS_dA");
        assertEquals(2, dA1.size());
        assertEquals(2, dA1.get(0).size());
        assertEquals(TwoInputsByHand.DA1[3], dA1.get(1).get(1).doubleValue(), 1e-15);
    }

    @Test
    void aHandoutOfTwoInputsMultipliesA1ByTheColumnX() throws IOException {
        String md = CliRun.of(twoInputs("--format", "markdown")).succeeded().out();

        assertTrue(md.contains("\\begin{bmatrix} 0.5 & -1 \\\\ 2 & 0.25 \\end{bmatrix} \\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}"
                + " + \\begin{bmatrix} 0.1 \\\\ -0.2 \\end{bmatrix} = \\begin{bmatrix} " + handout(TwoInputsByHand.S11)
                + " \\\\ " + handout(TwoInputsByHand.S12) + " \\end{bmatrix}"), md);
    }

    @Test
    void twoOutputsWriteYAsAVectorInTextJsonAndHandouts() throws IOException {
        String text = CliRun.of(twoOutputs()).succeeded().out();
        JsonNode json = CliRun.of(twoOutputs("--json")).succeeded().jsonLines().get(0);
        String tex = CliRun.of(twoOutputs("--format", "latex")).succeeded().out();

        assertTrue(text.contains("Point (x, y) = ([0.5, -1], [1, 0])\n"), text);
        assertEquals("[0.0,1.0]", json.get("points").get(1).get("y").toString());
        assertTrue(tex.contains("\\section*{Point $(\\vec{x}, \\vec{y}) = ([1, 2], [0, 1])$}"), tex);
    }

    @Test
    void theGradientAtTwoOutputsIsTwiceTheirErrors() throws IOException {
        JsonNode layers = CliRun.of(twoOutputs("--json")).succeeded().jsonLines().get(0)
                .get("points").get(0).get("layers");

        JsonNode f = layers.get(1).get("h");
        assertEquals(2 * (f.get(0).doubleValue() - 1), layers.get(1).get("dRSS_dh").get(0).doubleValue(), SIX_DECIMALS);
        assertEquals(2 * (f.get(1).doubleValue() - 0), layers.get(1).get("dRSS_dh").get(1).doubleValue(), SIX_DECIMALS);
        assertEquals(3, layers.get(0).get("dRSS_dA").size());
        assertEquals(2, layers.get(0).get("dRSS_dA").get(0).size());
    }
}
