package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.backprop.io.CaseFile;
import studio.backprop.io.DataFile;
import studio.backprop.io.NetworkFile;

/**
 * Wide networks on many points, trained on 1, 2 and 4 threads: the same bits with every count, and within
 * 1e-12 of the numbers the engine gave before the sums were split into blocks ({@code wide/*-after-*.json},
 * written by {@code train --json} of that engine, one point at a time through the data).
 */
class ThreadedSumsTest {
    private static final String WIDE = "/studio/backprop/engine/wide/";

    /** The fixtures: what to train, for how long, and the report the engine of before wrote. */
    enum Fixture {
        TANH_32X3("tanh-32x3-after-20.json", 20),
        /** The first 64 of the same 1,000 points: one block, so the sums run through the points one by one. */
        TANH_32X3_ONE_BLOCK("tanh-32x3-first64-after-20.json", 20),
        SIXTEEN("big16-after-20.json", 20),
        SIXTY_FOUR("big64-after-3.json", 3);

        final String report;
        final int iterations;

        Fixture(String report, int iterations) {
            this.report = report;
            this.iterations = iterations;
        }

        Experiment experiment() throws Exception {
            return switch (this) {
                case TANH_32X3 -> new Experiment(NetworkFile.parse(text("tanh-32x3.json"), "tanh-32x3.json"),
                        DataFile.parse(text("curve-1000.csv"), "curve-1000.csv"), 0.0001);
                case TANH_32X3_ONE_BLOCK -> {
                    Experiment all = TANH_32X3.experiment();
                    int[] first = new int[64];
                    for (int p = 0; p < first.length; p++) {
                        first[p] = p;
                    }
                    yield new Experiment(all.initial(), all.data().subset(first), all.learningRate());
                }
                case SIXTEEN -> CaseFile.resource("bench/big16.net");
                case SIXTY_FOUR -> CaseFile.resource("bench/big64.net");
            };
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"TANH_32X3", "SIXTEEN", "SIXTY_FOUR"})
    void oneTwoAndFourThreadsGiveTheSameBits(String name) throws Exception {
        Fixture fixture = Fixture.valueOf(name);
        double[] one = trained(fixture, 1);
        assertArrayEquals(one, trained(fixture, 2), name + " on 2 threads");
        assertArrayEquals(one, trained(fixture, 4), name + " on 4 threads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TANH_32X3", "SIXTEEN", "SIXTY_FOUR"})
    void theNumbersStayWithin1e12OfThoseOfBefore(String name) throws Exception {
        Fixture fixture = Fixture.valueOf(name);
        double[] before = recorded(fixture);
        double[] now = trained(fixture, 2);
        assertEquals(before.length, now.length);
        double worst = 0;
        for (int k = 0; k < now.length; k++) {
            worst = Math.max(worst, Math.abs(now[k] - before[k]) / Math.max(Math.abs(before[k]), Double.MIN_NORMAL));
        }
        assertTrue(worst <= 1e-12, name + ": relative difference " + worst);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void dataOfOneBlockGivesExactlyTheWeightsOfBefore(int threads) throws Exception {
        double[] before = recorded(Fixture.TANH_32X3_ONE_BLOCK);
        double[] now = trained(Fixture.TANH_32X3_ONE_BLOCK, threads);
        // Index 0 is the RSS, summed then tile by tile (32 points each) and now point by point.
        assertEquals(before[0], now[0], Math.ulp(before[0]));
        assertArrayEquals(Arrays.copyOfRange(before, 1, before.length), Arrays.copyOfRange(now, 1, now.length));
    }

    /** RSS, predictions and every weight and bias after the fixture's iterations, in the report's order. */
    private static double[] trained(Fixture fixture, int threads) throws Exception {
        Trainer trainer = fixture.experiment().start();
        trainer.useThreads(threads);
        trainer.iterate(fixture.iterations);
        List<Double> values = new ArrayList<>();
        values.add(trainer.rss());
        for (double f : trainer.predictions()) {
            values.add(f);
        }
        Network network = trainer.network();
        for (int l = 1; l <= network.depth(); l++) {
            for (double a : network.weights(l)) {
                values.add(a);
            }
            for (double b : network.biases(l)) {
                values.add(b);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] recorded(Fixture fixture) throws Exception {
        JsonNode report = new ObjectMapper().readTree(text(fixture.report));
        List<Double> values = new ArrayList<>();
        values.add(report.get("rss").doubleValue());
        report.get("predictions").forEach(f -> values.add(f.doubleValue()));
        for (JsonNode layer : report.get("layers")) {
            layer.get("weights").forEach(row -> row.forEach(a -> values.add(a.doubleValue())));
            layer.get("biases").forEach(b -> values.add(b.doubleValue()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String text(String name) throws Exception {
        try (InputStream in = ThreadedSumsTest.class.getResourceAsStream(WIDE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
