package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain --format markdown|latex} and {@code --output}: the worked example as a handout. */
class ExplainHandoutTest {
    private static final List<String> CHAPTER_NUMBERS = List.of("0.320821", "1.663624", "-0.043198", "0.503050",
            "0.483758", "4.999469", "-12.507410", "\\begin{bmatrix}");

    @TempDir
    Path dir;

    @Test
    void markdownHasTheChaptersNumbersInDisplayMath() {
        String out = CliRun.of("explain", "--format", "markdown").succeeded().out();
        CHAPTER_NUMBERS.forEach(n -> assertTrue(out.contains(n), n));
        assertTrue(out.contains("$$"), out);
    }

    @Test
    void latexIsADocumentWithTheChaptersNumbers() {
        String out = CliRun.of("explain", "--format", "latex").succeeded().out();
        CHAPTER_NUMBERS.forEach(n -> assertTrue(out.contains(n), n));
        assertTrue(out.startsWith("\\documentclass{article}") && out.endsWith("\\end{document}\n"), out);
    }

    @Test
    void textStaysTheDefault() {
        assertEquals(CliRun.of("explain").succeeded().out(), CliRun.of("explain", "--format", "text").succeeded().out());
    }

    @Test
    void outputWritesTheFileAndPrintsNothing() throws IOException {
        Path file = dir.resolve("handout.tex");
        CliRun run = CliRun.of("explain", "--format", "latex", "--output", file.toString()).succeeded();
        assertEquals("", run.out());
        assertEquals(CliRun.of("explain", "--format", "latex").out(), Files.readString(file));
    }

    @Test
    void anUnknownFormatIsRejectedListingTheKnownOnes() {
        CliRun.of("explain", "--format", "html").rejectedWith("--format", "\"html\"", "text, markdown, latex");
    }

    @Test
    void anOutputInAMissingFolderIsRejectedNamingIt() {
        String file = dir.resolve("nowhere").resolve("handout.md").toString();
        CliRun.of("explain", "--format", "markdown", "--output", file).rejectedWith(file, "cannot be written");
    }

    @Test
    void jsonAndAHandoutFormatAreNotCombined() {
        CliRun.of("explain", "--json", "--format", "latex").rejectedWith("--json", "--format latex");
    }
}
