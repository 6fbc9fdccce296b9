package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million points, 16 MB of CSV, read within a 64 MB heap: the reader streams the file and never keeps
 * its lines as strings (the reader before needed more than 1.4 GB, and fails here).
 */
class BigDataFileTest {
    static final String HEAP = "-Xmx64m";

    @Test
    void aMillionPointCsvIsReadWithinA64MegabyteHeap(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("x,y\n");
            for (int k = 0; k < 1_000_000; k++) {
                double x = k / 1e6;
                out.write(String.format(Locale.ROOT, "%.6f,%.5f%n", x, x * x));
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), BigCsvChild.class.getName(), csv.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor(60, TimeUnit.SECONDS);
        assertEquals("1000000", output.strip(), output);
        assertEquals(0, child.exitValue());
    }
}
