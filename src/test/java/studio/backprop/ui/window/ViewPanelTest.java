package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A view's frame: its title, and its options beside it, whole at any width. */
@ExtendWith(ApplicationExtension.class)
class ViewPanelTest {
    private List<CheckBox> options;
    private ViewPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        options = List.of(new CheckBox("Matrices"), new CheckBox("Weights"), new CheckBox("h(x)"));
        panel = new ViewPanel("Network", new Pane(), options.toArray(new CheckBox[0]));
        stage.setScene(new Scene(panel, 600, 300));
        stage.sizeToScene(); // the stage is the last test's, which made it narrow
        stage.show();
    }

    @Test
    void wideEnoughTheOptionsShareTheTitlesRow(FxRobot robot) {
        robot.interact(() -> panel.layout());
        double row = options.get(0).getLayoutY();
        for (CheckBox option : options) {
            assertEquals(row, option.getLayoutY(), 3, option.getText());
            assertEquals(option.getText(), shown(option));
        }
    }

    @Test
    void narrowTheOptionsWrapOntoASecondRowAndNoneIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(220);
            panel.applyCss();
            panel.layout();
        });
        for (CheckBox option : options) {
            assertEquals(option.getText(), shown(option), "the option's label as drawn");
        }
        assertTrue(options.get(2).getLayoutY() > options.get(0).getLayoutY() + 10, "h(x) on a row below Matrices");
        assertEquals("Network", panel.caption());
    }

    @Test
    void narrowerThanTheTitleAndAnOptionTheOptionStaysRightOfTheTitle(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(120);
            panel.applyCss();
            panel.layout();
        });
        javafx.scene.Node title = panel.lookup(".view-title");
        double titleRight = title.localToScene(title.getBoundsInLocal()).getMaxX();
        for (CheckBox option : options) {
            assertTrue(option.localToScene(option.getBoundsInLocal()).getMinX() >= titleRight, option.getText()
                    + " drawn over the title");
        }
    }

    /** The text a labelled control draws: its own, or cut short with an ellipsis. */
    private static String shown(CheckBox option) {
        return ((Text) option.lookup(".text")).getText();
    }
}
