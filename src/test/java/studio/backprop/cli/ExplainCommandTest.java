package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Trainer;

/** {@code explain}: the chapter's worked example, number by number. */
class ExplainCommandTest {
    private static final double SIX_DECIMALS = 0.5e-6 + 1e-12;

    @Test
    void textShowsTheWorkedExamplesNumbers() {
        String out = CliRun.of("explain").succeeded().out();
        for (String number : List.of("0.320821", "1.663624", "2.327422", "5.030502", "0.232742", "0.483758",
                "4.999469", "-12.507410", "-2.504838", "-0.043198", "0.503050", "0.073544  0.021846",
                "0.101165  0.101165", "1.598525")) {
            assertTrue(out.contains(number), number + " in:\n" + out);
        }
    }

    @Test
    void textFollowsTheChaptersOrder() {
        String out = CliRun.of("explain").succeeded().out();
        int point = out.indexOf("Point (x, y) = ([0.25], 1)");
        int forward = out.indexOf("Forward propagation", point);
        int backward = out.indexOf("Backpropagation", forward);
        int dh3 = out.indexOf("dRSS/dh_3", backward);
        int dh1 = out.indexOf("dRSS/dh_1", dh3);
        int expansion = out.indexOf("Expansion", dh1);
        int db3 = out.indexOf("dRSS/db_3", expansion);
        int db1 = out.indexOf("dRSS/db_1", db3);
        int summed = out.indexOf("Summed over the points", db1);
        int updated = out.indexOf("Updated weights", summed);
        assertTrue(0 < point && point < forward && forward < backward && backward < dh3 && dh3 < dh1
                && dh1 < expansion && expansion < db3 && db3 < db1 && db1 < summed && summed < updated, out);
        assertTrue(out.contains("    dRSS/dh_3 = [ -0.043198 ]\n"), out);
        assertTrue(out.contains("    Sigma_0 = x = [ 0.250000 ]   h_0 = x = [ 0.250000 ]\n"), out);
    }

    @Test
    void jsonHasFivePointsWithTheChaptersValuesInTheirPlaces() {
        List<JsonNode> lines = CliRun.of("explain", "--json").succeeded().jsonLines();
        assertEquals(1, lines.size());
        JsonNode root = lines.get(0);
        assertEquals(0, root.get("iteration").asLong());
        assertEquals(0.01, root.get("lr").doubleValue());
        JsonNode points = root.get("points");
        assertEquals(5, points.size());
        assertEquals(0.25, points.get(1).get("x").doubleValue());
        assertEquals(1.0, points.get(1).get("y").doubleValue());
        assertEquals(-0.043198, points.get(1).get("layers").get(2).get("dRSS_dh").get(0).doubleValue(), SIX_DECIMALS);
        JsonNode first = points.get(0).get("layers");
        assertEquals(0.320821, first.get(0).get("h").get(0).doubleValue(), SIX_DECIMALS);
        assertEquals(-0.772259, first.get(1).get("sigma").get(0).doubleValue(), SIX_DECIMALS);
        assertEquals(5.030502, first.get(0).get("dRSS_dh").get(0).doubleValue(), SIX_DECIMALS);
        assertEquals(0.232742, first.get(2).get("dRSS_db").get(0).doubleValue(), SIX_DECIMALS);
        assertEquals(0.021846, first.get(2).get("dRSS_dA").get(0).get(1).doubleValue(), SIX_DECIMALS);
        assertEquals(0.195168, first.get(1).get("dRSS_dA").get(1).get(3).doubleValue(), SIX_DECIMALS);
        JsonNode gradient = root.get("gradient").get("layers");
        assertEquals(0.483758, gradient.get(2).get("dRSS_db").get(0).doubleValue(), SIX_DECIMALS);
        assertEquals(0.593621, gradient.get(1).get("dRSS_dA").get(0).get(3).doubleValue(), SIX_DECIMALS);
        JsonNode updated = root.get("updated").get("layers");
        assertEquals(4.999469, updated.get(0).get("weights").get(0).get(0).doubleValue(), SIX_DECIMALS);
        assertEquals(-12.507410, updated.get(1).get("biases").get(1).doubleValue(), SIX_DECIMALS);
        assertEquals(-2.504838, updated.get(2).get("biases").get(0).doubleValue(), SIX_DECIMALS);
    }

    @Test
    void iterationsExplainsTheIterationAfterThem() {
        JsonNode root = CliRun.of("explain", "--json", "--iterations", "10").succeeded().jsonLines().get(0);
        assertEquals(10, root.get("iteration").asLong());
        Trainer engine = new Trainer(ChapterExample.network(), ChapterExample.data(), 0.01);
        engine.iterate(10);
        double[] predictions = engine.predictions();
        for (int p = 0; p < 5; p++) {
            assertEquals(predictions[p], root.get("points").get(p).get("layers").get(2).get("h").get(0).doubleValue());
        }
        engine.iterate();
        assertEquals(engine.network().bias(3, 0), root.get("updated").get("layers").get(2).get("biases").get(0).doubleValue());
        String text = CliRun.of("explain", "--iterations", "10").succeeded().out();
        assertTrue(text.startsWith("One iteration of gradient descent from the weights after 10 iterations"), text);
    }

    @Test
    void theLearningRateOptionIsTheOneApplied() {
        JsonNode root = CliRun.of("explain", "--json", "--lr", "0.5").succeeded().jsonLines().get(0);
        assertEquals(0.5, root.get("lr").doubleValue());
        assertEquals(-2.5 - 0.5 * root.get("gradient").get("layers").get(2).get("dRSS_db").get(0).doubleValue(),
                root.get("updated").get("layers").get(2).get("biases").get(0).doubleValue());
    }
}
