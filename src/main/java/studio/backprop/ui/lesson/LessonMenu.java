package studio.backprop.ui.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import studio.backprop.io.InputException;
import studio.backprop.io.LessonFile;
import studio.backprop.io.OpenedLesson;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.experiment.FileDialogs;

/**
 * The Lesson menu: open a lesson file or the built-in one, write the current state down as a scene of a
 * lesson being written, jump to any scene of the lesson open, and close it.
 */
public final class LessonMenu extends Menu {
    private final LessonPlayer player;
    private final ExperimentSession session;
    private final LessonScreen screen;
    private final Consumer<String> notices;
    private final SceneWriter writer = new SceneWriter();
    private final Menu scenes = new Menu("Scenes");
    private FileDialogs dialogs;

    /** @param notices where a word of what was written goes (the status bar) */
    public LessonMenu(LessonPlayer player, ExperimentSession session, LessonScreen screen, FileDialogs dialogs,
                      Consumer<String> notices) {
        super("Lesson");
        setId("lessonMenu");
        this.player = player;
        this.session = session;
        this.screen = screen;
        this.dialogs = dialogs;
        this.notices = notices;
        MenuItem close = item("closeLessonItem", "Close lesson", player::close);
        close.disableProperty().bind(player.lessonProperty().isNull());
        scenes.setId("scenesMenu");
        getItems().addAll(item("openLessonItem", "Open lesson…", this::openFile),
                item("builtinLessonItem", "The chapter in twelve scenes", () -> player.open(LessonFile.builtin(), 0, true)),
                item("saveSceneItem", "Save current state as a scene…", this::saveScene),
                new SeparatorMenuItem(), scenes, close);
        setOnShowing(e -> fillScenes());
        fillScenes();
    }

    /** Where the menu asks for files: tests answer with paths. */
    public void setDialogs(FileDialogs dialogs) {
        this.dialogs = dialogs;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }

    private void openFile() {
        dialogs.open("Open lesson", FileDialogs.Kind.LESSON).ifPresent(this::open);
    }

    /** Opens a lesson file at its first scene; a lesson that cannot be read is reported and nothing changes. */
    public boolean open(Path file) {
        OpenedLesson opened;
        try {
            opened = LessonFile.read(file);
        } catch (InputException e) {
            session.report(e.getMessage());
            return false;
        }
        return player.open(opened, 0, true);
    }

    /** Appends the current state as a scene; asks for the lesson file the first time. */
    public void saveScene() {
        if (writer.file() == null) {
            dialogs.save("Save current state as a scene of", FileDialogs.Kind.LESSON, "lesson.md")
                    .ifPresent(writer::writeTo);
        }
        if (writer.file() == null) {
            return;
        }
        try {
            notices.accept(writer.append(session, screen));
        } catch (IOException e) {
            session.reportWriteProblem(writer.file(), e);
        } catch (InputException e) {
            session.report(e.getMessage());
        }
    }

    private void fillScenes() {
        scenes.getItems().clear();
        OpenedLesson opened = player.lesson();
        scenes.setDisable(opened == null);
        if (opened == null) {
            return;
        }
        ToggleGroup group = new ToggleGroup();
        for (int k = 0; k < opened.lesson().size(); k++) {
            int scene = k;
            RadioMenuItem item = new RadioMenuItem((k + 1) + ". " + opened.lesson().scene(k).title());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(k == player.sceneProperty().get());
            item.setOnAction(e -> player.go(scene));
            scenes.getItems().add(item);
        }
    }
}
