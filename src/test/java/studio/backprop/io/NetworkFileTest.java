package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Network;

class NetworkFileTest {
    static final String CHAPTER_JSON = """
            {"layers": [
              {"activation": "sigmoid", "weights": [[5], [-5], [5], [-5]], "biases": [-0.75, 1.75, -3.25, 4.25]},
              {"activation": "sigmoid", "weights": [[10, 10, 0, 0], [0, 0, 10, 10]], "biases": [-12.5, -12.5]},
              {"activation": "sigmoid", "weights": [[10, 10]], "biases": [-2.5]}
            ]}
            """;

    @TempDir
    Path dir;

    @Test
    void theChaptersExampleParsesIntoTheChapterNetwork() throws InputException {
        assertEquals(ChapterExample.network(), NetworkFile.parse(CHAPTER_JSON, "net.json"));
    }

    @Test
    void aLeftOutActivationMeansSigmoid() throws InputException {
        String json = CHAPTER_JSON.replace("\"activation\": \"sigmoid\", ", "");
        assertEquals(ChapterExample.network(), NetworkFile.parse(json, "net.json"));
    }

    @Test
    void unknownExtraFieldsAreIgnored() throws InputException {
        String json = CHAPTER_JSON.replace("{\"layers\"", "{\"comment\": {\"by\": [1, \"me\"]}, \"layers\"")
                .replace("\"biases\": [-2.5]", "\"biases\": [-2.5], \"note\": null");
        assertEquals(ChapterExample.network(), NetworkFile.parse(json, "net.json"));
    }

    @Test
    void writeThenReadGivesTheSameDoublesBitForBit() throws Exception {
        double[] values = AwkwardDoubles.sample(2000);
        int k = 0;
        for (int round = 0; k < values.length; round++) {
            Network network = networkFrom(values, k, round);
            Path file = dir.resolve("net" + round + ".json");
            NetworkFile.write(network, file);
            Network back = NetworkFile.read(file);
            assertEquals(network.architecture(), back.architecture());
            for (int l = 1; l <= network.depth(); l++) {
                assertArrayEquals(AwkwardDoubles.bits(network.weights(l)), AwkwardDoubles.bits(back.weights(l)));
                assertArrayEquals(AwkwardDoubles.bits(network.biases(l)), AwkwardDoubles.bits(back.biases(l)));
            }
            k += network.architecture().parameterCount();
        }
    }

    /** A 1-7-5-1 network with every activation, its parameters taken from values[from...] (wrapping). */
    private static Network networkFrom(double[] values, int from, int round) {
        Architecture arch = new Architecture(new int[] {1, 7, 5, 1},
                List.of(Activation.values()[round % 4], Activation.values()[(round + 1) % 4], Activation.LINEAR));
        double[][] a = new double[3][];
        double[][] b = new double[3][];
        int k = from;
        for (int l = 1; l <= 3; l++) {
            a[l - 1] = new double[arch.size(l) * arch.size(l - 1)];
            b[l - 1] = new double[arch.size(l)];
            for (int m = 0; m < a[l - 1].length; m++) {
                a[l - 1][m] = values[k++ % values.length];
            }
            for (int m = 0; m < b[l - 1].length; m++) {
                b[l - 1][m] = values[k++ % values.length];
            }
        }
        return new Network(arch, a, b);
    }

    @Test
    void writtenJsonNamesEveryActivationAndPutsOneLayerOnALine() {
        String json = NetworkFile.toJson(ChapterExample.network());
        assertEquals(3, json.split("\"activation\": ?\"sigmoid\"", -1).length - 1, json);
        assertEquals(5, json.lines().count(), json);
        assertTrue(json.contains("[[5.0],[-5.0],[5.0],[-5.0]]"), json);
        assertTrue(json.contains("-0.75"), json);
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "old content that is longer than nothing");
        NetworkFile.write(ChapterExample.network(), file);
        assertEquals(ChapterExample.network(), NetworkFile.read(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aMissingFileIsReportedAsNotFoundWithItsPath() {
        Path file = dir.resolve("nowhere.json");
        InputException e = assertThrows(InputException.class, () -> NetworkFile.read(file));
        assertEquals(file + ": not found", e.getMessage());
    }

    @Test
    void aFolderIsNotReadAsAFile() {
        InputException e = assertThrows(InputException.class, () -> NetworkFile.read(dir));
        assertTrue(e.getMessage().endsWith("is a folder, not a file"), e.getMessage());
    }

    @Test
    void aFileOverFiftyMegabytesIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024 + 1); // sparse: nothing is actually written
        }
        InputException e = assertThrows(InputException.class, () -> NetworkFile.read(file));
        assertEquals(file + ": too large: 52428801 bytes, more than the 50 MB limit", e.getMessage());
    }

    @Test
    void contentErrorsNameTheFileByItsName() throws IOException {
        Path file = dir.resolve("net.json");
        Files.writeString(file, "{}");
        InputException e = assertThrows(InputException.class, () -> NetworkFile.read(file));
        assertEquals("net.json: missing \"layers\", the list of layers", e.getMessage());
        assertEquals("net.json", e.source());
        assertFalse(e.detail().startsWith("net.json"));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("bom.json");
        Files.writeString(file, "\uFEFF" + CHAPTER_JSON);
        assertEquals(ChapterExample.network(), NetworkFile.read(file));
    }
}
