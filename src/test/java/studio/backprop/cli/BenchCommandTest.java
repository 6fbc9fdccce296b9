package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Benchmark;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.io.NetworkFile;
import studio.backprop.training.TrainingThreads;

/** {@code bench}: iterations per second of the training loop. */
class BenchCommandTest {

    @Test
    void withoutFilesTimesTheChapterAndTheTwoYardstickCases() {
        List<JsonNode> lines = CliRun.of("bench", "--iterations", "20000", "--json").succeeded().jsonLines();
        assertEquals(3, lines.size());
        assertEquals("1-4-2-1", lines.get(0).get("network").asText());
        assertEquals(5, lines.get(0).get("points").asInt());
        assertEquals(20000, lines.get(0).get("iterations").asLong());
        assertEquals("1-16-16-1", lines.get(1).get("network").asText());
        assertEquals(200, lines.get(1).get("points").asInt());
        assertEquals(400, lines.get(1).get("iterations").asLong());
        assertEquals("1-64-64-64-1", lines.get(2).get("network").asText());
        assertEquals(1000, lines.get(2).get("points").asInt());
        assertEquals(10, lines.get(2).get("iterations").asLong());
        for (JsonNode line : lines) {
            assertTrue(line.get("seconds").doubleValue() > 0, line.toString());
            assertTrue(line.get("iterations_per_second").doubleValue() > 0, line.toString());
            assertEquals(line.get("iterations").asDouble() / line.get("seconds").doubleValue(),
                    line.get("iterations_per_second").doubleValue(), 1e-6 * line.get("iterations_per_second").doubleValue());
        }
    }

    @Test
    void withANetworkFileTimesThatConfigurationAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("net.json");
        NetworkFile.write(ChapterExample.network(), file);
        List<String> lines = CliRun.of("bench", "--network", file.toString(), "--iterations", "5000")
                .succeeded().outLines();
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("1-4-2-1, 5 points, \\d+ threads?: 5,000 iterations in \\d+\\.\\d{3} s = [\\d,]+ iterations/s"
                + " \\(final RSS [0-9.e+-]+\\)"), lines.get(0));
    }

    @Test
    void theTimedLoopAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Trainer descent = Experiment.chapter().start();
        Benchmark.timeLoop(descent, 20_000);
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        Benchmark.timeLoop(descent, 20_000);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated < 1024, allocated + " bytes allocated in 20,000 iterations");
    }

    @Test
    void threadsAreAskedForAndReported() {
        List<JsonNode> lines = CliRun.of("bench", "--iterations", "2000", "--threads", "2", "--json").succeeded().jsonLines();
        for (JsonNode line : lines) {
            assertEquals(2, line.get("threads").asInt(), line.toString());
        }
    }

    @Test
    void noThreadsIsRefused() {
        CliRun.of("bench", "--threads", "0").rejectedWith("--threads: must be 1 to 64, got 0");
    }

    @Test
    void theYardstickCasesAreTheCProgramsFiles() {
        Experiment sixteen = BenchCommand.yardstick(BenchCommand.SIXTEEN, Experiment.chapter());
        Experiment wide = BenchCommand.yardstick(BenchCommand.SIXTY_FOUR, Experiment.chapter());
        assertEquals(0.001, sixteen.learningRate());
        assertEquals(0.0001, wide.learningRate());
        assertEquals(1.2881847531554629, sixteen.initial().weight(1, 0, 0));
        assertEquals(-0.12117576879102547, wide.initial().bias(4, 0));
        assertEquals(1000, wide.data().size());
    }

    @Test
    void withCompareTimesEachRunInTheRaceAndAlone() {
        List<JsonNode> lines = CliRun.of("bench", "--compare", "lr=0.01,0.1", "--iterations", "20000", "--json")
                .succeeded().jsonLines();
        assertEquals(2, lines.size());
        for (int k = 0; k < 2; k++) {
            JsonNode line = lines.get(k);
            assertEquals(k + 1, line.get("run").asInt());
            assertEquals(k == 0 ? "lr=0.01" : "lr=0.1", line.get("label").asText());
            assertEquals(2, line.get("runs").asInt());
            assertEquals(20000, line.get("iterations").asLong());
            assertEquals(TrainingThreads.get(), line.get("threads").asInt());
            assertEquals(line.get("iterations_per_second").doubleValue() / line.get("alone_iterations_per_second").doubleValue(),
                    line.get("share").doubleValue(), 1e-9);
        }
    }

    @Test
    void compareRefusesThreadsForComparedRunsShareOne() {
        CliRun.of("bench", "--compare", "lr=0.01,0.1", "--threads", "2")
                .rejectedWith("--threads: not with --compare: compared runs share one thread, as in the app");
    }
}
