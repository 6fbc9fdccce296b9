package studio.backprop.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.backprop.training.TrainingThreads;

/** Training threads, chosen from a menu: one item a count up to the cores, the choice applied and kept. */
@ExtendWith(ApplicationExtension.class)
class ThreadsMenuTest {
    private final List<Integer> remembered = new ArrayList<>();
    private ThreadsMenu menu;

    @Start
    void start(Stage stage) {
        menu = new ThreadsMenu(remembered::add);
        stage.setScene(new Scene(new MenuBar(menu), 400, 300));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void backToTheDefault() {
        TrainingThreads.set(TrainingThreads.DEFAULT);
    }

    @Test
    void everyCountUpToTheCoresIsOfferedWithTheCurrentOneChecked() {
        List<MenuItem> items = menu.getItems();
        assertEquals(Math.min(TrainingThreads.CORES, ThreadsMenu.MOST_SHOWN), items.size());
        assertEquals("1 thread" + (TrainingThreads.DEFAULT == 1 ? " (default: the cores but one)" : ""),
                items.get(0).getText());
        assertTrue(((RadioMenuItem) items.get(TrainingThreads.get() - 1)).isSelected());
    }

    @Test
    void choosingACountAppliesItAndRemembersIt(FxRobot robot) {
        int other = TrainingThreads.get() == 1 ? Math.min(2, TrainingThreads.CORES) : 1;
        robot.clickOn("Training threads");
        robot.clickOn("#threads" + other);
        assertEquals(other, TrainingThreads.get());
        assertEquals(List.of(other), remembered);
    }
}
