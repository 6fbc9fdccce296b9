package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.WeightInit;
import studio.backprop.io.ExperimentFile;
import studio.backprop.model.SavedExperiment;

/**
 * The packaged launcher answers as {@code java -jar} does. Runs in the dist profile's verify phase, which
 * names the folder jpackage wrote and the jar; without them (the ordinary test phase) there is nothing to
 * compare.
 */
@EnabledIfSystemProperty(named = "packaged.dist", matches = ".+")
class PackagedLauncherTest {
    @TempDir
    Path dir;

    @Test
    void versionIsTheSameFromTheJarAndThePackage() throws Exception {
        assertSameAnswer("--version");
    }

    @Test
    void trainPrintsTheSameReportFromTheJarAndThePackage() throws Exception {
        ProcessRun packaged = assertSameAnswer("train", "--iterations", "10", "--report", "10");
        assertTrue(packaged.out().contains("RSS 0.730"), packaged.out());
    }

    @Test
    void explainAndGradcheckPrintTheSameFromTheJarAndThePackage() throws Exception {
        assertSameAnswer("explain", "--iterations", "3");
        assertSameAnswer("gradcheck");
    }

    @Test
    void benchRunsHeadlessInThePackage() throws Exception {
        ProcessRun packaged = packaged("bench", "--iterations", "1000");
        assertEquals(0, packaged.exit(), packaged.err());
        assertEquals("", packaged.err());
    }

    @Test
    void aBadInputEndsWithExitTwoAndTheSameOneLineFromTheJarAndThePackage() throws Exception {
        ProcessRun packaged = assertSameAnswer("train", "--iterations", "lots");
        assertEquals(2, packaged.exit());
        assertEquals(1, packaged.err().lines().count(), packaged.err());
    }

    @Test
    void thePackageRendersTheWindowHeadless() throws Exception {
        Path png = dir.resolve("packaged.png");
        ProcessRun packaged = packaged("--screenshot", png.toString(), "--iterations", "100", "--size", "1000x640");
        assertEquals(0, packaged.exit(), packaged.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertTrue(ScreenshotTest.distinctColours(image) > 50, "a drawn window, not a blank one");
    }

    @Test
    void aFileGivenWithoutAnOptionOpensInThePackageAsTheInstallersPassIt() throws Exception {
        Path lesson = dir.resolve("lesson.bpstudio");
        Trainer trainer = Experiment.chapter().start();
        trainer.iterate(100);
        ExperimentFile.write(new SavedExperiment(trainer.network(), Experiment.chapter().initial(),
                Experiment.chapter().data(), 0.01, 100, "chapter", WeightInit.chapter()), lesson);
        ProcessRun packaged = packaged(lesson.toString(), "--screenshot", dir.resolve("lesson.png").toString());
        assertEquals(0, packaged.exit(), packaged.err());
        assertTrue(ImageIO.read(dir.resolve("lesson.png").toFile()) != null, "a picture of the opened lesson");

        Files.writeString(dir.resolve("bad.bpstudio"), "{\"network\": [}");
        ProcessRun refused = assertSameAnswer(dir.resolve("bad.bpstudio").toString());
        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().lines().count(), refused.err());
    }

    private ProcessRun assertSameAnswer(String... args) throws Exception {
        ProcessRun jar = jar(args);
        ProcessRun packaged = packaged(args);
        assertEquals(jar, packaged, "java -jar and the packaged launcher for " + String.join(" ", args));
        return packaged;
    }

    private static ProcessRun jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("packaged.jar")));
        command.addAll(List.of(args));
        return ProcessRun.of(command);
    }

    private static ProcessRun packaged(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        return ProcessRun.of(command);
    }

    /** Where jpackage puts the launcher on each system; on Windows the one with a console (dist.xml). */
    private static Path launcher() {
        Path dist = Path.of(System.getProperty("packaged.dist"));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return dist.resolve("backprop-studio/backprop-studio-cli.exe");
        }
        if (os.contains("mac")) {
            return dist.resolve("backprop-studio.app/Contents/MacOS/backprop-studio");
        }
        return dist.resolve("backprop-studio/bin/backprop-studio");
    }
}
