package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of {@link Cli#run} with its exit code and both streams captured. */
record CliRun(int code, String out, String err) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Cli.run(args, o, e);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<JsonNode> jsonLines() {
        return outLines().stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }).toList();
    }

    /** Exit 0, nothing on the error stream. */
    CliRun succeeded() {
        assertEquals("", err, "error stream");
        assertEquals(0, code, "exit code");
        return this;
    }

    /**
     * Exit 2, nothing on the output stream, exactly one line on the error stream that contains every
     * fragment and no trace of Java.
     */
    CliRun rejectedWith(String... fragments) {
        assertEquals(2, code, "exit code; error stream: " + err);
        assertEquals("", out, "output stream");
        assertTrue(err.endsWith("\n"), "the message ends its line: " + err);
        String line = err.substring(0, err.length() - 1);
        assertFalse(line.isBlank(), "a message");
        assertFalse(line.contains("\n") || line.contains("\r"), "one line: " + err);
        assertFalse(line.contains("Exception"), "no exception names: " + line);
        assertFalse(line.contains("at studio."), "no stack trace: " + line);
        assertFalse(line.contains("picocli"), "no library names: " + line);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), "\"" + fragment + "\" in: " + line);
        }
        return this;
    }
}
