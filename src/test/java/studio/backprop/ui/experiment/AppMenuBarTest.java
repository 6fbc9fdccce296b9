package studio.backprop.ui.experiment;

import java.awt.image.BufferedImage;
import java.util.Map;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;
import studio.backprop.ui.regression.RegressionView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;

/** The menu items fired as a click would, with file dialogs that answer from a list. */
@ExtendWith(ApplicationExtension.class)
class AppMenuBarTest {
    @TempDir
    Path dir;

    private Harness h;
    private AppMenuBar menus;
    /** The paths the next file dialogs return, in order. */
    private final List<Path> answers = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    /** The types each file dialog listed, and the name it offered. */
    private final List<String> offered = new ArrayList<>();

    @Start
    void start(Stage stage) {
        h = new Harness();
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> open(String title, Kind kind) {
                offered.add(kind.filter().getExtensions().toString());
                return next(title);
            }

            @Override
            public Optional<Path> save(String title, Kind kind, String suggestedName) {
                offered.add(kind.filter().getExtensions() + " " + suggestedName);
                return next(title);
            }

            @Override
            public Optional<Path> folder(String title) {
                return next(title);
            }
        };
        menus = new AppMenuBar(h.session, h.model, () -> stage, dialogs);
        Harness.show(stage, new VBox(menus), 600, 200);
    }

    private Optional<Path> next(String title) {
        asked.add(title);
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
    }

    @AfterEach
    void close() throws InterruptedException {
        h.close();
    }

    private MenuItem item(String id) {
        return find(menus.getMenus(), id).orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static Optional<MenuItem> find(List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return Optional.of(i);
            }
            if (i instanceof Menu m) {
                Optional<MenuItem> inner = find(m.getItems(), id);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void undoAndRedoFromTheMenuRestoreDataAndArchitecture(FxRobot robot) {
        robot.interact(() -> {
            h.editor.addPoint(0.1, 0.9);
            h.editor.addLayer(3, 3, Activation.SIGMOID);
        });
        assertEquals("Undo add layer", item("undoItem").getText());
        robot.interact(() -> item("undoItem").fire());
        robot.interact(() -> item("undoItem").fire());
        assertEquals(ChapterExample.data(), h.editor.state().data());
        h.awaitArchitecture(Architecture.sigmoid(1, 4, 2, 1));
        h.awaitData(ChapterExample.data());
        assertTrue(item("undoItem").isDisable());
        assertEquals("Undo", item("undoItem").getText());
        robot.interact(() -> item("redoItem").fire());
        robot.interact(() -> item("redoItem").fire());
        assertEquals(6, h.editor.state().data().size());
        h.awaitArchitecture(Architecture.sigmoid(1, 4, 2, 3, 1));
    }

    @Test
    void afterAResetTheUndoItemIsEnabledAndSaysUndoReset(FxRobot robot) {
        robot.interact(() -> h.model.step(20));
        h.awaitIteration(20);
        robot.interact(() -> h.model.reset());
        h.awaitIteration(0);
        assertFalse(item("undoItem").isDisable());
        assertEquals("Undo reset", item("undoItem").getText());
        robot.interact(() -> item("undoItem").fire());
        h.awaitIteration(20);
    }

    @Test
    void saveWithoutAFileAsksForOneAndThenSavesThereWithoutAsking(FxRobot robot) {
        Path file = dir.resolve("lesson");
        answers.add(file);
        robot.interact(() -> item("saveItem").fire());
        assertEquals(List.of("Save experiment"), asked);
        robot.interact(() -> h.editor.addPoint(0.2, 0.2));
        robot.interact(() -> item("saveItem").fire());
        assertEquals(1, asked.size(), "the second save used the same file");
        assertFalse(h.editor.hasUnsavedChanges());
        assertTrue(Files.exists(file), "the file as given: the system dialog adds .bpstudio, not the menu");
    }

    @Test
    void saveOffersABpstudioFileNamedAfterThePreset(FxRobot robot) {
        robot.interact(() -> h.session.choosePreset("sine"));
        robot.interact(() -> item("saveAsItem").fire());
        assertEquals(List.of("[*.bpstudio, *.json] sine.bpstudio"), offered);
    }

    @Test
    void openListsBpstudioAndJsonFilesTogether(FxRobot robot) {
        robot.interact(() -> item("openItem").fire());
        assertEquals(List.of("[*.bpstudio, *.json]"), offered);
    }

    @Test
    void aNameTypedWithoutExtensionGetsBpstudioAndAJsonNameStaysJson() {
        assertEquals(dir.resolve("lesson.bpstudio"), FileDialogs.Kind.EXPERIMENT.withExtension(dir.resolve("lesson")));
        assertEquals(dir.resolve("lesson.json"), FileDialogs.Kind.EXPERIMENT.withExtension(dir.resolve("lesson.json")));
        assertEquals(dir.resolve("Lesson.BPSTUDIO"),
                FileDialogs.Kind.EXPERIMENT.withExtension(dir.resolve("Lesson.BPSTUDIO")));
    }

    @Test
    void exportLossHistoryWritesAHeaderAndRows(FxRobot robot) throws IOException {
        robot.interact(() -> h.model.step(3));
        h.awaitIteration(3);
        Path file = dir.resolve("loss.csv");
        answers.add(file);
        robot.interact(() -> item("exportLossItem").fire());
        List<String> lines = Files.readAllLines(file);
        assertEquals(Exports.LOSS_HEADER, lines.get(0));
        assertEquals(5, lines.size(), "iterations 0, 1 and 2 in the history, then the weights at 3");
        assertTrue(lines.get(4).startsWith("3,"));
    }

    @Test
    void exportDataThenImportItGivesTheSamePoints(FxRobot robot) {
        Path file = dir.resolve("points.csv");
        answers.add(file);
        robot.interact(() -> item("exportDataItem").fire());
        robot.interact(() -> h.editor.deletePoint(0));
        answers.add(file);
        robot.interact(() -> item("importDataItem").fire());
        DataSet data = h.editor.state().data();
        assertEquals(ChapterExample.data(), data);
    }

    @Test
    void importingASpreadsheetsSemicolonFileSaysHowItWasWritten(FxRobot robot) throws IOException {
        Path file = dir.resolve("calc.csv");
        java.nio.file.Files.writeString(file, "x;y\r\n0;0\r\n0,25;1\r\n0,5;0,5\r\n0,75;1\r\n1;0\r\n");
        robot.interact(() -> h.editor.deletePoint(0));
        answers.add(file);
        robot.interact(() -> item("importDataItem").fire());
        assertEquals(ChapterExample.data(), h.editor.state().data());
        assertTrue(h.model.noticeProperty().get().startsWith(
                "Import calc.csv: 5 points, semicolon-separated, decimal comma."), h.model.noticeProperty().get());
    }

    @Test
    void openRecentListsTheFilesSavedLast(FxRobot robot) {
        robot.interact(() -> h.session.saveAs(dir.resolve("a.json")));
        robot.interact(() -> menus.getMenus().get(0).getOnShowing().handle(null));
        Menu recent = (Menu) menus.getMenus().get(0).getItems().stream()
                .filter(i -> "Open Recent".equals(i.getText())).findFirst().orElseThrow();
        assertFalse(recent.isDisable());
        assertTrue(recent.getItems().get(0).getText().startsWith("a.json"));
    }

    @Test
    void eachViewIsDrawnAfreshAtTwiceItsSizeAndTheConfirmationSaysWhere(FxRobot robot) throws IOException {
        RegressionView view = new RegressionView(h.model.snapshotProperty(), new SimpleIntegerProperty(-1));
        robot.interact(() -> {
            view.setPrefSize(300, 120);
            ((VBox) menus.getParent()).getChildren().add(view);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> menus.setViews(Map.of("Regression: f(x)", view)));
        answers.add(dir);
        robot.interact(() -> item("exportViewsItem").fire());
        BufferedImage png = ImageIO.read(dir.resolve("regression-f-x.png").toFile());
        assertEquals(2 * (int) view.getWidth(), png.getWidth());
        assertEquals(2 * (int) view.getHeight(), png.getHeight());
        assertTrue(menus.lastWritten().contains("Wrote 1 picture at twice the screen size into " + dir), menus.lastWritten());
        assertTrue(menus.lastWritten().contains("regression-f-x.png (" + png.getWidth() + " x " + png.getHeight()
                + " pixels)"), menus.lastWritten());
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != view.getScene().getWindow())
                .filter(Stage.class::isInstance).toList().forEach(Window::hide));
    }
}
