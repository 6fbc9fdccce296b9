package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Network;
import studio.backprop.io.LessonFile;
import studio.backprop.io.OpenedLesson;
import studio.backprop.lesson.Lesson;
import studio.backprop.ui.diagram.DiagramMode;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.experiment.FileDialogs;
import studio.backprop.ui.experiment.SaveChoice;
import studio.backprop.ui.lesson.CaptionStrip;

/** A lesson in the real window: its keys, its caption strip, its menu, and scenes saved from what is shown. */
class LessonInTheWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private OpenedLesson lesson() throws Exception {
        Path file = dir.resolve("three.md");
        Files.writeString(file, """
                # Three scenes

                ## First
                The start, $\\alpha = 0.01$.

                ## Second
                ```set-up
                iteration: 20
                views: network
                panels: table
                diagram: matrices
                ```
                Twenty iterations.

                ## Third
                ```set-up
                preset: sine
                point: 4
                ```
                A sine.
                """);
        return LessonFile.read(file);
    }

    private void open(FxRobot robot, OpenedLesson lesson) {
        front(robot);
        robot.interact(() -> shown.window.lessons().open(lesson, 0, true));
        awaitScene(0);
        robot.interact(() -> shown.window.regression().requestFocus());
    }

    private void awaitScene(int k) {
        ShownWindow.await("scene " + (k + 1), () -> shown.window.lessons().sceneProperty().get() == k
                && shown.window.lessons().shownProperty().get());
    }

    @Test
    void pageDownAndPageUpTurnTheScenesAndHomeGoesToTheFirst(FxRobot robot) throws Exception {
        open(robot, lesson());
        robot.type(KeyCode.PAGE_DOWN);
        awaitScene(1);
        assertEquals(20, shown.model.getSnapshot().iteration());
        assertEquals(DiagramMode.MATRICES, shown.window.diagram().diagramModeProperty().get());
        assertTrue(robot.lookup("#matrices").queryAs(CheckBox.class).isSelected(), "the Matrices box ticked");
        assertEquals("Chapter table", onFx(() -> shown.window.drawer().getSelectionModel().getSelectedItem()
                .getText()));
        assertTrue(onFx(() -> shown.window.drawer().getScene() != null), "the drawer open");
        robot.type(KeyCode.PAGE_DOWN);
        awaitScene(2);
        assertEquals(DiagramMode.GRAPH, shown.window.diagram().diagramModeProperty().get());
        assertTrue(onFx(() -> shown.window.drawer().getScene() == null), "no panel");
        assertEquals("sine", shown.window.session().editor().state().preset());
        assertEquals(3, shown.model.selectedPointProperty().get());
        robot.type(KeyCode.PAGE_UP);
        awaitScene(1);
        robot.type(KeyCode.HOME);
        awaitScene(0);
        assertEquals(0, shown.model.getSnapshot().iteration());
    }

    @Test
    void theCaptionStripShowsTheScenesNumberTitleAndCaptionWithItsMathTypeset(FxRobot robot) throws Exception {
        open(robot, lesson());
        CaptionStrip strip = robot.lookup("#captionStrip").queryAs(CaptionStrip.class);
        ShownWindow.await("the math typeset", strip::isSettled);
        assertEquals("The start, $math$.", onFx(strip::captionShown));
        assertEquals(0, (long) onFx(strip::mathFailed));
        List<String> labels = robot.from(strip).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(labels.contains("1 / 3") && labels.contains("First"), labels.toString());
    }

    @Test
    void theSceneListOfTheLessonMenuJumpsToAScene(FxRobot robot) throws Exception {
        open(robot, lesson());
        robot.interact(() -> {
            shown.window.lessonMenu().show();
            shown.window.lessonMenu().hide();
        });
        MenuItem third = onFx(() -> scenes().get(2));
        assertEquals("3. Third", third.getText());
        robot.interact(third::fire);
        awaitScene(2);
    }

    private List<MenuItem> scenes() {
        javafx.scene.control.Menu list = (javafx.scene.control.Menu) shown.window.lessonMenu().getItems().stream()
                .filter(i -> "scenesMenu".equals(i.getId())).findFirst().orElseThrow();
        return list.getItems();
    }

    @Test
    void theCurrentStateSavedAsASceneOpensAgainWithTheSameWeightsAndPoint(FxRobot robot) throws Exception {
        front(robot);
        Path written = dir.resolve("written.md");
        robot.interact(() -> {
            shown.window.session().setAskToSave(question -> SaveChoice.DONT_SAVE);
            shown.window.lessonMenu().setDialogs(answering(written));
            shown.model.selectedPointProperty().set(2);
            shown.model.step(7);
        });
        ShownWindow.await("seven steps", () -> shown.model.getSnapshot().iteration() == 7
                && !shown.model.getSnapshot().running());
        Network reached = shown.model.getSnapshot().network();
        robot.interact(() -> shown.window.lessonMenu().saveScene());
        assertTrue(Files.exists(dir.resolve("written-scene-1.bpstudio")), "the experiment beside the lesson");
        OpenedLesson read = LessonFile.read(written);
        Lesson lesson = read.lesson();
        assertEquals(1, lesson.size());
        assertEquals(3, lesson.scene(0).setUp().point());
        robot.interact(() -> {
            shown.model.reset();
            shown.window.lessons().open(read, 0, true);
        });
        awaitScene(0);
        assertEquals(7, shown.model.getSnapshot().iteration());
        assertEquals(reached, shown.model.getSnapshot().network());
        assertEquals(2, shown.model.selectedPointProperty().get());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static FileDialogs answering(Path file) {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(String title, Kind kind) {
                return Optional.of(file);
            }

            @Override
            public Optional<Path> save(String title, Kind kind, String suggestedName) {
                return Optional.of(file);
            }

            @Override
            public Optional<Path> folder(String title) {
                return Optional.empty();
            }
        };
    }
}
