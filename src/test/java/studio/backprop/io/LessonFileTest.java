package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.lesson.Lesson;
import studio.backprop.lesson.LessonScene;
import studio.backprop.lesson.LessonText;
import studio.backprop.lesson.SceneAction;
import studio.backprop.lesson.SetUp;
import studio.backprop.model.SavedExperiment;

/** Lesson files: read whole and checked against what each scene opens, written atomically, refused in one line. */
class LessonFileTest {
    @TempDir
    Path dir;

    private Path lesson(String scenes) throws Exception {
        Path file = dir.resolve("lesson.md");
        Files.writeString(file, "# A lesson\n\n" + scenes);
        return file;
    }

    @Test
    void aSceneOpensAnExperimentFileBesideTheLessonWithItsOwnSettingsApplied() throws Exception {
        SavedExperiment trained = ExperimentFileTest.trainedChapter();
        Files.createDirectories(dir.resolve("runs"));
        ExperimentFile.write(trained, dir.resolve("runs/at-250.bpstudio"));
        OpenedLesson opened = LessonFile.read(lesson("""
                ## Where it was
                ```set-up
                experiment: runs/at-250.bpstudio
                rate: 0.5
                optimizer: momentum
                iteration: 300
                ```
                Going on from iteration 250.
                """));
        SavedExperiment start = opened.starts().get(0);
        assertEquals(trained.network(), start.network());
        assertEquals(250, start.iteration());
        assertEquals(0.5, start.learningRate());
        assertEquals(OptimizerSpec.parse("momentum"), start.optimizer());
        assertEquals(dir.toAbsolutePath(), opened.folder());
    }

    @Test
    void aSceneWithoutAnExperimentOpensTheChapterAtItsStart() throws Exception {
        OpenedLesson opened = LessonFile.read(lesson("## One\n\n## Two\n```set-up\npreset: exercise2\nseed: 7\n```\n"));
        assertEquals(true, opened.starts().get(0).atStart());
        assertEquals("chapter", opened.starts().get(0).preset());
        assertEquals(7, opened.starts().get(1).init().seed());
    }

    @Test
    void aMissingExperimentFileIsNamedWithItsScene() throws Exception {
        Path file = lesson("## Fine\n\n## Gone\n```set-up\nexperiment: gone.bpstudio\n```\n");
        InputException e = assertThrows(InputException.class, () -> LessonFile.read(file));
        assertEquals("lesson.md: scene 2 (\"Gone\"): experiment " + dir.toAbsolutePath().resolve("gone.bpstudio")
                + ": not found", e.getMessage());
    }

    @Test
    void aSetUpThatDoesNotFitWhatItOpensIsRefusedNamingTheScene() throws Exception {
        assertEquals("lesson.md: scene 1 (\"Six\"): point: 6 is beyond the data's 5 points",
                assertThrows(InputException.class, () -> LessonFile.read(lesson(
                        "## Six\n```set-up\npoint: 6\n```\n"))).getMessage());
        assertEquals("lesson.md: scene 1 (\"Deep\"): phase: the network has layers 1 to 3, not 4",
                assertThrows(InputException.class, () -> LessonFile.read(lesson(
                        "## Deep\n```set-up\nphase: backward 4\n```\n"))).getMessage());
        assertEquals("lesson.md: scene 1 (\"Batches\"): batch-size: gd trains on every point at once; give optimizer"
                + " sgd, momentum or adam for batches of 2", assertThrows(InputException.class, () -> LessonFile.read(
                        lesson("## Batches\n```set-up\nbatch-size: 2\n```\n"))).getMessage());
    }

    @Test
    void aLessonThatCannotBeReadIsRefusedWithTheFileTheLineAndTheScene() throws Exception {
        InputException e = assertThrows(InputException.class, () -> LessonFile.read(lesson(
                "## One\n```set-up\nrate: -1\n```\n")));
        assertEquals("lesson.md: line 5, scene 1 (\"One\"): rate: must be above 0, got -1", e.getMessage());
    }

    @Test
    void aLessonWrittenToAFileReadsBackTheSame() throws Exception {
        Lesson lesson = new Lesson("Written", "", List.of(new LessonScene("Run it", SetUp.DEFAULT,
                SceneAction.parse("run to 1,000"), "Watch $\\alpha$ at work.")));
        Path file = dir.resolve("written.md");
        LessonFile.write(lesson, file);
        assertEquals(lesson, LessonFile.read(file).lesson());
        assertEquals(LessonText.write(lesson), Files.readString(file));
    }
}
