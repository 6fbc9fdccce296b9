package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's entry point in its own process, as a user runs it, with no display. */
class ScreenshotTest {
    @TempDir
    Path dir;

    @Test
    void screenshotTrainsRendersTheWindowAtItsSizeAndExitsZero() throws Exception {
        Path png = dir.resolve("shot.png");
        ProcessRun run = ProcessRun.launcher("--screenshot", png.toString(), "--iterations", "100", "--size", "1000x640");
        assertEquals(0, run.exit(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(640, image.getHeight());
        assertTrue(distinctColours(image) > 50, "a drawn window, not a blank one");
    }

    @Test
    void aStartPrintsNoWarningAboutWhereJavaFxWasLoadedFrom() throws Exception {
        ProcessRun run = ProcessRun.launcher("--screenshot", dir.resolve("quiet.png").toString(), "--iterations", "1");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("Unsupported JavaFX configuration"), run.err());
    }

    @Test
    void aLessonsSceneIsRenderedAfterItsSetUpWithItsCaptionUnderTheViews() throws Exception {
        Path png = dir.resolve("scene.png");
        ProcessRun run = ProcessRun.launcher("--lesson", "builtin", "--scene", "7", "--screenshot", png.toString(),
                "--size", "1280x800");
        assertEquals(0, run.exit(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        int strip = 0;
        for (int y = image.getHeight() - 150; y < image.getHeight(); y++) {
            strip += (image.getRGB(10, y) & 0xffffff) == 0xfff8e1 ? 1 : 0;
        }
        assertTrue(strip > 20, "the caption strip's colour under the views: " + strip + " rows");
    }

    @Test
    void aBadSizeEndsWithExitTwoAndOneLine() throws Exception {
        ProcessRun run = ProcessRun.launcher("--screenshot", dir.resolve("x.png").toString(), "--size", "huge");
        assertEquals(2, run.exit());
        assertEquals("--size: \"huge\" is not a size such as 1280x800", run.err().strip());
        assertTrue(Files.notExists(dir.resolve("x.png")));
    }

    @Test
    void aSubcommandRunsHeadlessThroughTheSameEntryPoint() throws Exception {
        ProcessRun run = ProcessRun.launcher("train", "--iterations", "10", "--report", "10");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("RSS 0.730"), run.out());
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
