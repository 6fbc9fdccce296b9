package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The skins made ahead of the first frame are the kinds that frame shows, so the head start is not lost. */
@ExtendWith(ApplicationExtension.class)
class SkinWarmUpTest {
    private ShownWindow shown;

    @Start
    void start(Stage stage) {
        shown = ShownWindow.on(stage);
    }

    @AfterEach
    void close() throws InterruptedException {
        shown.close();
    }

    @Test
    void everyKindOfSkinInTheFirstFrameIsMadeAhead(FxRobot robot) {
        Set<String> shownKinds = shownKinds(robot);
        shownKinds.removeAll(ahead(robot));
        assertEquals(Set.of("MenuBarSkin", "MenuButtonSkin", "StatusBarSkin", "ToolBarSkin"), shownKinds, "skins the first frame makes that the warm-up does not");
    }

    @Test
    void theWarmUpMakesNoKindTheFirstFrameLacks(FxRobot robot) {
        Set<String> shownKinds = shownKinds(robot);
        for (String kind : ahead(robot)) {
            assertTrue(shownKinds.contains(kind), kind + " is made ahead for nothing");
        }
    }

    @Test
    void everySkinIsMadeOffTheFxThreadWithoutComplaint() {
        assertDoesNotThrow(SkinWarmUp::makeAll);
    }

    @Test
    void itBeginsOnlyOnTheFxThreadWhereTheFirstControlSetsTheStylesheetAtOnce() {
        assertThrows(IllegalStateException.class, SkinWarmUp::begin);
    }

    private Set<String> shownKinds(FxRobot robot) {
        Set<String> kinds = new TreeSet<>();
        robot.interact(() -> collect(shown.window, kinds));
        return kinds;
    }

    private static Set<String> ahead(FxRobot robot) {
        Set<String> kinds = new TreeSet<>();
        robot.interact(() -> SkinWarmUp.kinds().forEach(kind -> kinds.add(kind.getSimpleName())));
        return kinds;
    }

    private static void collect(Node node, Set<String> kinds) {
        if (node instanceof Control control && control.getSkin() != null) {
            kinds.add(control.getSkin().getClass().getSimpleName());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, kinds));
        }
    }
}
