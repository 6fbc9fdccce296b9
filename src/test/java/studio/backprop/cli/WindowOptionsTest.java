package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.WeightInit;
import studio.backprop.io.ExperimentFile;
import studio.backprop.model.SavedExperiment;

/** The window's own options, parsed before JavaFX starts. */
class WindowOptionsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final int[] exit = new int[1];

    private Optional<WindowOptions> parse(String... args) {
        return Cli.windowOptions(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), exit);
    }

    private String error() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aStartWithoutOptionsOrTimedAloneGetsWhatPicocliWouldGive() {
        for (String[] args : new String[][] {{}, {"--measure-startup"}}) {
            Optional<WindowOptions> quick = parse(args);
            Optional<WindowOptions> read = WindowCommand.parsed(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), new int[1]);
            assertEquals(read, quick, String.join(" ", args));
            assertEquals(0, exit[0]);
        }
        assertEquals(true, parse("--measure-startup").orElseThrow().measureStartup());
    }

    @Test
    void noOptionsOpenTheChaptersExampleAt1280By800() {
        WindowOptions options = parse().orElseThrow();
        assertEquals(Experiment.chapter(), options.experiment());
        assertEquals(1280, options.width());
        assertEquals(800, options.height());
        assertNull(options.screenshot());
        assertEquals(0, options.point());
    }

    @Test
    void pointIsCountedFromOne() {
        assertEquals(4, parse("--point", "5").orElseThrow().point());
    }

    @Test
    void aPointBeyondTheDataIsRefusedWithItsRange() {
        assertTrue(parse("--point", "6").isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("--point: must be between 1 and 5 (the number of data points), got 6", error());
    }

    @Test
    void openReadsASavedExperimentToGoOnFromItsIteration() throws Exception {
        Path file = dir.resolve("saved.json");
        Trainer descent = saveAfter250Iterations(file);
        WindowOptions options = parse("--open", file.toString()).orElseThrow();
        assertEquals(250, options.open().iteration());
        assertEquals(descent.network(), options.open().network());
        assertEquals("saved.json", options.title());
    }

    @Test
    void aFileWithoutAnOptionIsOpenedAsWithOpenTheWayTheInstalledAppIsGivenIt() throws Exception {
        Path file = dir.resolve("lesson.bpstudio");
        saveAfter250Iterations(file);
        WindowOptions options = parse(file.toString()).orElseThrow();
        assertEquals(file, options.openFile());
        assertEquals(250, options.open().iteration());
        assertEquals("lesson.bpstudio", options.title());
    }

    @Test
    void aMissingFileWithoutAnOptionIsNamedAsForOpen() {
        assertTrue(parse(dir.resolve("gone.bpstudio").toString()).isEmpty());
        assertEquals(2, exit[0]);
        assertTrue(error().contains("gone.bpstudio") && error().contains("not found"), error());
    }

    @Test
    void aFileTogetherWithOpenIsAUsageError() {
        assertTrue(parse("--open", "a.bpstudio", "b.bpstudio").isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("--open: cannot be combined with a file to open, b.bpstudio", error());
    }

    @Test
    void measureStartupTimesTheWindowAloneAndRefusesAScreenshot() {
        assertTrue(parse("--measure-startup").orElseThrow().measureStartup());
        assertTrue(parse("--measure-startup", "--screenshot", "x.png").isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("--measure-startup: times the window alone and cannot be combined with --screenshot", error());
    }

    @Test
    void openTogetherWithANetworkFileIsAUsageError() {
        assertTrue(parse("--open", "a.json", "--data", "b.csv").isEmpty());
        assertEquals(2, exit[0]);
        assertTrue(error().startsWith("--open: cannot be combined"), error());
    }

    @Test
    void aMissingExperimentFileIsNamed() {
        assertTrue(parse("--open", dir.resolve("gone.json").toString()).isEmpty());
        assertEquals(2, exit[0]);
        assertTrue(error().contains("gone.json") && error().contains("not found"), error());
    }

    @Test
    void aSizeTooSmallNamesTheLimits() {
        assertTrue(parse("--size", "300x200").isEmpty());
        assertEquals("--size: must be between 640x400 and 7680x4320, got 300x200", error());
    }

    @Test
    void measureIsOffUnlessAsked() {
        assertEquals(0, parse().orElseThrow().measure());
        assertEquals(10, parse("--measure", "10").orElseThrow().measure());
    }

    @Test
    void aMeasureOfNoSecondsNamesTheRange() {
        assertTrue(parse("--measure", "0").isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("--measure: must be between 1 and 600 seconds, got 0", error());
    }

    @Test
    void measureWithAScreenshotIsAUsageError() {
        assertTrue(parse("--measure", "5", "--screenshot", dir.resolve("a.png").toString()).isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("--measure: needs a real window and cannot be combined with --screenshot", error());
    }

    @Test
    void measureWithIterationsIsAUsageError() {
        assertTrue(parse("--measure", "5", "--iterations", "1000").isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("--measure: times training from the start and cannot be combined with --iterations", error());
    }

    @Test
    void presetOpensThatPresetsExperiment() {
        WindowOptions options = parse("--preset", "sine").orElseThrow();
        assertEquals("sine", options.preset());
        assertEquals(Presets.get("sine").experiment(), options.experiment());
    }

    @Test
    void anUnknownPresetListsTheKnownOnes() {
        assertTrue(parse("--preset", "waves").isEmpty());
        assertEquals(2, exit[0]);
        assertTrue(error().startsWith("--preset: unknown preset \"waves\" (known: chapter, exercise2"), error());
    }

    /** The chapter's example after 250 iterations, saved to {@code file}. */
    private static Trainer saveAfter250Iterations(Path file) throws Exception {
        Trainer descent = Experiment.chapter().start();
        descent.iterate(250);
        ExperimentFile.write(new SavedExperiment(descent.network(), Experiment.chapter().initial(),
                Experiment.chapter().data(), 0.01, 250, "chapter", WeightInit.chapter()), file);
        return descent;
    }

    // ---- --lesson FILE|builtin [--scene K] ----

    @Test
    void theBuiltInLessonOpensAtTheSceneAskedForCountedFromOne() {
        WindowOptions options = parse("--lesson", "builtin", "--scene", "3").orElseThrow();
        assertEquals(12, options.lesson().lesson().size());
        assertEquals(2, options.scene());
        assertNull(options.lesson().file());
    }

    @Test
    void withoutALessonThereIsNone() {
        assertNull(parse().orElseThrow().lesson());
    }

    @Test
    void aSceneBeyondTheLessonIsRefused() {
        assertTrue(parse("--lesson", "builtin", "--scene", "13").isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("--scene: the lesson has scenes 1 to 12, got 13", error());
    }

    @Test
    void aLessonFileWithABadSceneIsRefusedNamingTheScene() throws Exception {
        Path file = dir.resolve("bad.md");
        Files.writeString(file, "# Bad\n\n## Fine\n\n## Broken\n```set-up\npoint: 9\n```\n");
        assertTrue(parse("--lesson", file.toString()).isEmpty());
        assertEquals(2, exit[0]);
        assertEquals("bad.md: scene 2 (\"Broken\"): point: 9 is beyond the data's 5 points", error());
    }

    @Test
    void aLessonIsNotCombinedWithAnotherOpeningOrASceneWithoutALesson() {
        assertTrue(parse("--lesson", "builtin", "--preset", "sine").isEmpty());
        assertTrue(error().startsWith("--lesson: each scene says what it opens and trains"), error());
        err.reset();
        assertTrue(parse("--scene", "2").isEmpty());
        assertEquals("--scene: is a scene of a --lesson; give the lesson too", error());
    }
}
