package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Network;
import studio.backprop.engine.Trainer;

/** {@code train --json}: one line per reported iteration, every double exactly as the engine has it. */
class TrainJsonTest {

    private static Trainer chapter() {
        return new Trainer(ChapterExample.network(), ChapterExample.data(), ChapterExample.LEARNING_RATE);
    }

    @Test
    void printsOneParsableLinePerReportedIteration() {
        List<JsonNode> lines = CliRun.of("train", "--json", "--iterations", "10", "--report", "10,0,3")
                .succeeded().jsonLines();
        assertEquals(3, lines.size());
        assertEquals(List.of(0L, 3L, 10L), lines.stream().map(n -> n.get("iteration").asLong()).toList());
    }

    @Test
    void rssAtIterationZeroIsExactlyTheEnginesRssOfTheChapterNetwork() {
        JsonNode line = CliRun.of("train", "--json", "--report", "0").succeeded().jsonLines().get(0);
        assertEquals(chapter().rss(), line.get("rss").doubleValue());
    }

    @Test
    void everyValueEqualsAnEngineRunOfTheSameIterationsExactly() {
        JsonNode line = CliRun.of("train", "--json", "--iterations", "37").succeeded().jsonLines().get(0);
        Trainer engine = chapter();
        engine.iterate(37);
        assertEquals(37, line.get("iteration").asLong());
        assertEquals(engine.rss(), line.get("rss").doubleValue());
        double[] predictions = engine.predictions();
        assertEquals(predictions.length, line.get("predictions").size());
        for (int p = 0; p < predictions.length; p++) {
            assertEquals(predictions[p], line.get("predictions").get(p).doubleValue(), "prediction " + p);
        }
        Network network = engine.network();
        JsonNode layers = line.get("layers");
        assertEquals(network.depth(), layers.size());
        for (int l = 1; l <= network.depth(); l++) {
            JsonNode weights = layers.get(l - 1).get("weights");
            assertEquals(network.architecture().size(l), weights.size(), "rows of A_" + l);
            for (int i = 0; i < weights.size(); i++) {
                assertEquals(network.architecture().size(l - 1), weights.get(i).size(), "columns of A_" + l);
                for (int j = 0; j < weights.get(i).size(); j++) {
                    assertEquals(network.weight(l, i, j), weights.get(i).get(j).doubleValue(), "a_" + l + i + j);
                }
            }
            JsonNode biases = layers.get(l - 1).get("biases");
            for (int i = 0; i < biases.size(); i++) {
                assertEquals(network.bias(l, i), biases.get(i).doubleValue(), "b_" + l + i);
            }
        }
    }

    @Test
    void numbersAreWrittenInTheirShortestForm() {
        String out = CliRun.of("train", "--json", "--report", "0").succeeded().out();
        // The chapter's initial b_1 is written as the user would type it, not as 0.75000000000000000.
        assertEquals(true, out.contains("\"biases\":[-0.75,1.75,-3.25,4.25]"), out);
    }

    @Test
    void predictionsOfSeveralOutputsAreAListAPoint() {
        Network twoOutputs = new Network(Architecture.sigmoid(1, 2), new double[][] {{0.5, -1}},
                new double[][] {{0, 0}});

        JsonNode line = TrainCommand.json(0, 1.0, new double[] {0.1, 0.2, 0.3, 0.4}, twoOutputs);

        assertEquals("[[0.1,0.2],[0.3,0.4]]", line.get("predictions").toString());
    }
}
