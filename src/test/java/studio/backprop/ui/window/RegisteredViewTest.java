package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.app.BackpropStudioApp;
import studio.backprop.engine.Experiment;
import studio.backprop.testing.Await;
import studio.backprop.testing.MemoryPreferences;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.SnapshotCanvasPane;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.Settings;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.model.StudioModel;

/** A view registered with the window gets a panel, its View-menu toggle and its export, from its entry alone. */
@ExtendWith(ApplicationExtension.class)
class RegisteredViewTest {
    private final SimpleBooleanProperty gridShown = new SimpleBooleanProperty(false);
    private StudioModel model;
    private MainWindow window;
    private TestView view;

    /** The least a view can be: it counts its redraws. */
    private static final class TestView extends SnapshotCanvasPane {
        volatile int draws; // read by the test thread while the FX thread draws

        TestView(ObservableValue<TrainingSnapshot> snapshot) {
            super(snapshot);
        }

        @Override
        protected void draw(GraphicsContext g, TrainingSnapshot s, double width, double height) {
            draws++;
        }
    }

    @Start
    void start(Stage stage) {
        model = new StudioModel(Experiment.chapter());
        view = new TestView(model.snapshotProperty());
        StudioView entry = new StudioView("Extra map", "Extra map", view, List.of(new Label("option")),
                List.of(new StudioView.Toggle("Map grid", gridShown)), 0.3, 0.3);
        window = new MainWindow(model, new ExperimentSession(new ExperimentEditor(), model,
                new Settings(new MemoryPreferences())), List.of(entry));
        Scene scene = BackpropStudioApp.createScene(window, 1280, 800);
        stage.setScene(scene);
        stage.sizeToScene(); // an earlier test class may have left the stage at another size
        stage.show();
    }

    @AfterEach
    void close() throws InterruptedException {
        model.close();
        assertTrue(model.awaitTermination(2000));
    }

    @Test
    void itsToggleAppearsInTheViewMenuAndSwitchesItsProperty(FxRobot robot) {
        CheckMenuItem toggle = (CheckMenuItem) window.menus().viewMenu().getItems().stream()
                .filter(item -> "Map grid".equals(item.getText())).findFirst().orElseThrow();

        robot.interact(() -> toggle.setSelected(true));

        assertTrue(gridShown.get());
    }

    @Test
    void itsToggleComesAfterTheStandardViewsAndBeforeTheFrameRate() {
        List<String> labels = window.menus().viewMenu().getItems().stream().map(MenuItem::getText).toList();

        assertEquals(labels.indexOf("Log iteration axis") + 1, labels.indexOf("Map grid"));
        assertEquals(labels.indexOf("Map grid") + 1, labels.indexOf("Frame rate (F12)"));
    }

    @Test
    void itIsExportedUnderItsNameAfterTheStandardViews() {
        assertEquals(List.of("Regression", "Output map", "Network", "Loss history", "Extra map"),
                List.copyOf(window.menus().views().keySet()));
        assertSame(view, window.menus().views().get("Extra map"));
    }

    /**
     * Selects the view's tab where the window is too short for three views stacked (so it shows them as
     * tabs, this one perhaps out of sight, which draws nothing until shown).
     */
    private void bringToFront() {
        for (Node n = view.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    if (isAncestor(tab.getContent(), view)) {
                        tabs.getSelectionModel().select(tab);
                    }
                }
                return;
            }
        }
    }

    private static boolean isAncestor(Node maybe, Node of) {
        for (Node n = of; n != null; n = n.getParent()) {
            if (n == maybe) {
                return true;
            }
        }
        return false;
    }

    @Test
    void itIsLaidOutAndDrawnWithItsOptionsAndFollowsPresentationMode(FxRobot robot) {
        Await.until("the first snapshot", () -> model.getSnapshot() != null);
        robot.interact(this::bringToFront);
        Await.until("drawn on a pulse", () -> view.draws > 0);
        assertTrue(view.getHeight() > 50, "laid out, " + view.getHeight() + " px high");

        robot.interact(() -> model.presentationProperty().set(true));

        assertTrue(view.presentationProperty().get());
        assertTrue(robot.lookup("option").tryQuery().isPresent(), "its option beside its title");
    }
}
