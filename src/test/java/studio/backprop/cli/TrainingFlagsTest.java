package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.Fixtures;
import studio.backprop.io.NetworkFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** train's options beyond the chapter: optimisers, batches, penalties, held-out points and comparisons. */
class TrainingFlagsTest {

    private static JsonNode last(String... args) {
        List<JsonNode> lines = CliRun.of(args).succeeded().jsonLines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void eachOptimiserTrainsDifferentlyFromTheChapters() {
        JsonNode chapter = last("train", "--iterations", "20", "--json");
        for (String id : new String[] {"momentum", "adam"}) {
            assertNotEquals(chapter.get("rss"), last("train", "--iterations", "20", "--json", "--optimizer", id).get("rss"),
                    id);
        }
        assertNotEquals(chapter.get("rss"), last("train", "--iterations", "20", "--json", "--optimizer", "sgd").get("rss"));
    }

    @Test
    void theMomentumOptionSetsMu() {
        JsonNode byFlag = last("train", "--iterations", "20", "--json", "--optimizer", "momentum", "--momentum", "0.5");
        JsonNode bySetting = last("train", "--iterations", "20", "--json", "--optimizer", "momentum:mu=0.5");
        JsonNode byDefault = last("train", "--iterations", "20", "--json", "--optimizer", "momentum");
        assertEquals(bySetting, byFlag);
        assertNotEquals(byDefault.get("rss"), byFlag.get("rss"));
    }

    @Test
    void batchesSmallerThanTheDataAddTheEpochToEachLine() {
        JsonNode line = last("train", "--iterations", "7", "--json", "--optimizer", "sgd", "--batch-size", "2");
        assertEquals(2, line.get("epoch").asLong(), "7 batches of 2, 2, 1 points: 2 epochs done");
        assertFalse(last("train", "--iterations", "7", "--json").has("epoch"));
    }

    @Test
    void aPenaltyIsReportedBesideTheDataRss() {
        JsonNode line = last("train", "--iterations", "0", "--json", "--l2", "0.5");
        // The chapter's weights: 4 x 25 + 4 x 100 + 2 x 100 = 700 squared, by lambda2 = 0.5.
        assertEquals(350.0, line.get("penalty").asDouble(), 1e-12);
        assertEquals(last("train", "--iterations", "0", "--json").get("rss"), line.get("rss"));
    }

    @Test
    void heldOutPointsAreNamedAndMeasuredApart() {
        JsonNode line = last("train", "--iterations", "0", "--json", "--hold-out", "1,5");
        assertEquals("[1,5]", line.get("heldOut").toString());
        JsonNode all = last("train", "--iterations", "0", "--json");
        double total = all.get("rss").asDouble();
        assertEquals(total, line.get("rss").asDouble() + line.get("validationRss").asDouble(), 1e-15);
        assertEquals(5, line.get("predictions").size(), "every point is still predicted");
    }

    @Test
    void aValidationFractionHoldsOutSeededPoints() {
        JsonNode a = last("train", "--iterations", "0", "--json", "--validation", "0.4", "--split-seed", "3");
        JsonNode b = last("train", "--iterations", "0", "--json", "--validation", "0.4", "--split-seed", "3");
        assertEquals(2, a.get("heldOut").size());
        assertEquals(a.get("heldOut"), b.get("heldOut"));
    }

    @Test
    void eachComparedRunIsBitForBitItsOwnTrain() {
        List<JsonNode> lines = CliRun.of("train", "--iterations", "300", "--report", "100,300", "--json",
                "--compare", "lr=0.01,0.1,1").succeeded().jsonLines();
        assertEquals(6, lines.size());
        String[] rates = {"0.01", "0.1", "1"};
        for (int r = 0; r < 3; r++) {
            List<JsonNode> alone = CliRun.of("train", "--iterations", "300", "--report", "100,300", "--json",
                    "--lr", rates[r]).succeeded().jsonLines();
            for (int c = 0; c < 2; c++) {
                JsonNode compared = lines.get(c * 3 + r).deepCopy();
                assertEquals(r + 1, compared.get("run").asInt());
                assertEquals("lr=" + rates[r], compared.get("label").asText());
                ((com.fasterxml.jackson.databind.node.ObjectNode) compared).remove(List.of("run", "label"));
                assertEquals(alone.get(c), compared, "run " + (r + 1) + " at its report " + c);
            }
        }
    }

    @Test
    void aRunOfOtherLayersTrainsFromNormalWeightsOfSeedZeroAsItsOwnTrainWould(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("wide.json");
        NetworkFile.write(studio.backprop.engine.WeightInit.chapter().draw(
                studio.backprop.engine.Architecture.sigmoid(1, 8, 1)), net);
        List<JsonNode> lines = CliRun.of("train", "--iterations", "20", "--json", "--compare",
                "layers=1-4-2-1,1-8-1").succeeded().jsonLines();
        JsonNode alone = last("train", "--iterations", "20", "--json", "--network", net.toString());
        JsonNode wide = lines.get(1).deepCopy();
        assertEquals("layers=1-8-1", wide.get("label").asText());
        ((com.fasterxml.jackson.databind.node.ObjectNode) wide).remove(List.of("run", "label"));
        assertEquals(alone, wide);
    }

    @Test
    void verboseSaysOnStderrHowTheDataFileWasRead(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("calc.csv");
        java.nio.file.Files.writeString(csv, "x;y\n0;0\n0,25;1\n0,5;0,5\n0,75;1\n1;0\n");
        CliRun run = CliRun.of("train", "--data", csv.toString(), "--iterations", "0", "--json", "--verbose");
        assertEquals(0, run.code());
        assertEquals("calc.csv: 5 points, semicolon-separated, decimal comma\n", run.err());
        assertEquals(1, run.jsonLines().size(), "stdout stays JSON");
    }

    @Test
    void aDivergingRunStopsAloneWhileTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path net = dir.resolve("linear.json");
        NetworkFile.write(Fixtures.linearChapterNetwork(), net);
        List<JsonNode> lines = CliRun.of("train", "--iterations", "50", "--report", "10,50", "--json",
                "--network", net.toString(), "--compare", "lr=1e-8,10").succeeded().jsonLines();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(1, lines.get(0).get("run").asInt());
        assertEquals(2, lines.get(1).get("run").asInt());
        assertTrue(lines.get(1).get("diverged").asBoolean(), lines.get(1).toString());
        assertEquals(1, lines.get(2).get("run").asInt());
        assertEquals(50, lines.get(2).get("iteration").asInt());
    }

    @Test
    void gradcheckChecksThePenalisedLossOfThePointsTrainedOn() {
        JsonNode penalised = last("gradcheck", "--json", "--l2", "0.3", "--l1", "0.05", "--hold-out", "3");
        JsonNode plain = last("gradcheck", "--json");
        assertTrue(penalised.get("max_relative_error").asDouble() < 1e-6, penalised.get("max_relative_error").toString());
        double withPenalty = penalised.get("weights").findValues("backprop").stream()
                .mapToDouble(JsonNode::asDouble).sum();
        double without = plain.get("weights").findValues("backprop").stream().mapToDouble(JsonNode::asDouble).sum();
        assertNotEquals(without, withPenalty, 1e-3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--batch-size 0|--batch-size|must be a whole number from 1",
        "--optimizer momentum --momentum 1|--momentum|mu must lie in [0, 1)",
        "--l2 -0.1|--l2|must be 0 or more",
        "--l1 -1|--l1|must be 0 or more",
        "--optimizer adam --beta1 1|--beta1|beta1 must lie in [0, 1)",
        "--optimizer adam --beta2 -0.5|--beta2|beta2 must lie in [0, 1)",
        "--optimizer adam --epsilon 0|--epsilon|epsilon must be a positive number",
        "--optimizer nesterov|--optimizer|unknown optimiser",
        "--hold-out 6|--hold-out|point 6 is beyond the data's 5 points",
        "--hold-out 0|--hold-out|point numbers start at 1",
        "--hold-out 1,2,3,4,5|--hold-out|every point is held out",
        "--validation 1|--validation|must lie between 0 and 1",
        "--compare lr=0.1|--compare|compares 2 to 4 runs, got 1",
        "--compare lr=1,2,3,4,5|--compare|compares 2 to 4 runs, got 5",
        "--compare lr=1,1|--compare|1 is given twice",
        "--compare speed=1,2|--compare|is not KEY=V1,V2",
        "--compare lr=1,2 --compare l2=1,2|--compare|given more than once",
        "--compare momentum=0.1,0.2|--compare|momentum is a setting of the optimiser momentum, not of gd",
        "--compare layers=1-4-2-1,1-8-2|--compare|1-8-2 has 1 input(s) and 2 output(s), the network 1-4-2-1 has 1 and 1",
        "--momentum 0.5|--momentum|is a setting of --optimizer momentum, not of gd",
        "--batch-size 2|--batch-size|gd trains on every point at once",
    })
    void aBadValueIsOneLineAndExitTwo(String args, String option, String message) {
        String[] all = ("train " + args).split(" ");
        CliRun.of(all).rejectedWith(option, message);
    }
}
