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

/** {@code gradcheck}: backpropagation against finite differences, on the chapter's example by default. */
class GradcheckCommandTest {
    private static final Set<String> CHAPTER_NAMES = Set.of(
            "a_111", "a_121", "a_131", "a_141", "b_11", "b_12", "b_13", "b_14",
            "a_211", "a_212", "a_213", "a_214", "a_221", "a_222", "a_223", "a_224", "b_21", "b_22",
            "a_311", "a_312", "b_31");

    @TempDir
    Path dir;

    @Test
    void textListsEveryWeightWorstFirstAndSummarisesTheMaximum() {
        List<String> lines = CliRun.of("gradcheck").succeeded().outLines();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("weight")).findFirst().orElseThrow());
        assertTrue(lines.get(header).matches("weight +backprop +numeric +relative error"), lines.get(header));
        List<String> rows = lines.subList(header + 1, header + 22);
        Set<String> names = new TreeSet<>();
        double previous = Double.POSITIVE_INFINITY;
        for (String row : rows) {
            String[] cells = row.trim().split(" +");
            assertEquals(4, cells.length, row);
            names.add(cells[0]);
            double error = Double.parseDouble(cells[3]);
            assertTrue(error <= previous, "worst first: " + row);
            previous = error;
        }
        assertEquals(CHAPTER_NAMES, names);
        assertTrue(lines.get(header + 1).startsWith(lines.get(lines.size() - 1).replaceAll(".*\\((\\S+)\\).*", "$1")),
                "the summary names the first row's weight: " + lines);
        assertTrue(lines.get(lines.size() - 1).startsWith("Max relative error "), lines.toString());
        assertTrue(String.join("\n", lines).contains("0.4837578"), "b_31's gradient");
    }

    @Test
    void jsonIsOneObjectWithTwentyOneWeightsAndTheirMaximum() {
        List<JsonNode> lines = CliRun.of("gradcheck", "--json").succeeded().jsonLines();
        assertEquals(1, lines.size());
        JsonNode root = lines.get(0);
        JsonNode weights = root.get("weights");
        assertEquals(21, weights.size());
        Set<String> names = new TreeSet<>();
        double max = 0;
        for (JsonNode w : weights) {
            names.add(w.get("name").asText());
            double g = w.get("backprop").doubleValue();
            double n = w.get("numeric").doubleValue();
            assertEquals(Math.abs(g - n) / Math.max(Math.max(Math.abs(g), Math.abs(n)), 1e-8),
                    w.get("relative_error").doubleValue(), 1e-20);
            assertEquals(w.get("name").asText().charAt(2) - '0', w.get("layer").asInt(), w.toString());
            max = Math.max(max, w.get("relative_error").doubleValue());
        }
        assertEquals(CHAPTER_NAMES, names);
        assertEquals(max, root.get("max_relative_error").doubleValue());
        assertEquals(max, weights.get(0).get("relative_error").doubleValue());
        assertTrue(max < 1e-6, "max " + max);
    }

    @Test
    void aMissingDataFileExitsWithOneLine() {
        CliRun.of("gradcheck", "--data", dir.resolve("nowhere.csv").toString()).rejectedWith("nowhere.csv", "not found");
    }

    @Test
    void aMalformedNetworkFileExitsWithOneLine() throws IOException {
        Path net = Files.writeString(dir.resolve("net.json"), "{\"layers\": [");
        CliRun.of("gradcheck", "--network", net.toString()).rejectedWith("net.json", "not valid JSON");
    }

    @Test
    void theLearningRateIsNotAnOptionOfGradcheck() {
        CliRun.of("gradcheck", "--lr", "0.1").rejectedWith("unknown option --lr", "gradcheck");
    }

    @Test
    void gradcheckRunsHeadless() {
        assertTrue(Cli.isSubcommand(new String[] {"gradcheck"}));
    }
}
