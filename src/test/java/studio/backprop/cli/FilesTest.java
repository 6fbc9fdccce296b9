package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.ChapterExample;
import studio.backprop.io.DataFile;
import studio.backprop.io.NetworkFile;

/** --network and --data replace the chapter's network and points. */
class FilesTest {
    @TempDir
    Path dir;

    @Test
    void theChaptersNetworkAndDataFromFilesGiveTheChaptersOutput() throws Exception {
        Path net = dir.resolve("chapter.json");
        Path data = dir.resolve("chapter.csv");
        NetworkFile.write(ChapterExample.network(), net);
        DataFile.write(ChapterExample.data(), data);
        String fromFiles = CliRun.of("train", "--network", net.toString(), "--data", data.toString(), "--json")
                .succeeded().out();
        assertEquals(CliRun.of("train", "--json").succeeded().out(), fromFiles);
    }

    @Test
    void aDataFileSetsThePointsPredicted() throws Exception {
        Path data = dir.resolve("three.csv");
        Files.writeString(data, "x,y\n0,0\n0.5,1\n1,0\n");
        String out = CliRun.of("train", "--data", data.toString(), "--iterations", "0").succeeded().out();
        assertTrue(out.contains("  Targets     0.000, 1.000, 0.000\n"), out);
        assertEquals(3, out.lines().filter(l -> l.startsWith("  Predictions ")).findFirst().orElseThrow().split(",").length);
    }

    @Test
    void explainWalksEveryPointOfADataFile() throws Exception {
        Path data = dir.resolve("two.csv");
        Files.writeString(data, "0.1,0.2\n0.9,0.8\n");
        var root = CliRun.of("explain", "--data", data.toString(), "--json").succeeded().jsonLines().get(0);
        assertEquals(2, root.get("points").size());
        assertEquals(0.9, root.get("points").get(1).get("x").doubleValue());
        assertEquals(0.8, root.get("points").get(1).get("y").doubleValue());
    }
}
