package studio.backprop.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.engine.Presets;

/** The real "Save the changes?" box, answered with keys and clicks, before another preset replaces the work. */
@ExtendWith(ApplicationExtension.class)
class UnsavedChangesDialogTest {
    @TempDir
    Path dir;

    private Harness h;
    /** The files the Save dialog answers with, in order; empty means the user cancelled it. */
    private final List<Path> files = new ArrayList<>();
    private final AtomicReference<Boolean> went = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        h = new Harness();
        new AppMenuBar(h.session, h.model, () -> stage, new FileDialogs() {
            @Override
            public Optional<Path> open(String title, Kind kind) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(String title, Kind kind, String suggestedName) {
                return files.isEmpty() ? Optional.empty() : Optional.of(files.remove(0));
            }

            @Override
            public Optional<Path> folder(String title) {
                return Optional.empty();
            }
        });
        Alerts.install(h.session, () -> stage);
        Harness.show(stage, new VBox(), 400, 300);
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    /** Trains the chapter's preset, never saved, then chooses another preset without waiting for the answer. */
    private DialogPane trainThenChooseSine(FxRobot robot) {
        robot.interact(() -> h.model.step(25));
        h.awaitIteration(25);
        return chooseSine(robot);
    }

    private DialogPane chooseSine(FxRobot robot) {
        Platform.runLater(() -> went.set(h.session.choosePreset("sine")));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().filter(t -> t.getText().equals(text))
                .map(t -> (Button) pane.lookupButton(t)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    @Test
    void trainingAPresetCountsAsAnUnsavedChange(FxRobot robot) {
        assertFalse(h.editor.hasUnsavedChanges());
        robot.interact(() -> h.model.step(3));
        h.awaitIteration(3);
        assertTrue(h.editor.hasUnsavedChanges());
        assertTrue(h.session.documentTitle().get().endsWith(" *"));
    }

    @Test
    void theBoxOffersSaveDontSaveAndCancelWithSaveTheDefault(FxRobot robot) {
        DialogPane pane = trainThenChooseSine(robot);
        assertTrue(button(pane, "Save").isDefaultButton());
        assertFalse(button(pane, "Don't Save").isDefaultButton());
        assertTrue(button(pane, "Cancel").isCancelButton());
        assertEquals("Save this experiment?", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("never been saved"), pane.getContentText());
        assertTrue(pane.getContentText().contains("iteration 25"), pane.getContentText());
        robot.clickOn(button(pane, "Cancel"));
    }

    @Test
    void enterSavesToTheFileAskedForAndThenGoesOn(FxRobot robot) {
        Path file = dir.resolve("trained.json");
        files.add(file);
        trainThenChooseSine(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(went.get());
        assertTrue(Files.exists(file));
        assertEquals(Presets.get("sine").data(), h.editor.state().data());
    }

    @Test
    void aSaveWhoseFileDialogIsCancelledKeepsEverything(FxRobot robot) {
        trainThenChooseSine(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(went.get());
        assertEquals("chapter", h.editor.state().preset());
        assertEquals(25, h.model.getSnapshot().iteration());
    }

    @Test
    void dontSaveGoesOnAndCancelKeepsEverything(FxRobot robot) {
        DialogPane pane = trainThenChooseSine(robot);
        robot.clickOn(button(pane, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(went.get());
        assertEquals("chapter", h.editor.state().preset());
        pane = chooseSine(robot);
        robot.clickOn(button(pane, "Don't Save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(went.get());
        assertEquals("sine", h.editor.state().preset());
    }

    @Test
    void aFileSavedBeforeIsNamedAndItsChangesSinceSaid(FxRobot robot) {
        Path file = dir.resolve("mine.json");
        robot.interact(() -> assertTrue(h.session.saveAs(file)));
        DialogPane pane = trainThenChooseSine(robot);
        assertEquals("Save the changes to mine.json?", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("since it was last saved"), pane.getContentText());
        robot.clickOn(button(pane, "Cancel"));
    }
}
