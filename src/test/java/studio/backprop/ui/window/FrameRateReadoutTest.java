package studio.backprop.ui.window;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F12's frame-rate read-out covers no control. */
class FrameRateReadoutTest extends WindowTest {
    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void theReadoutSitsInTheStatusBarClearOfEveryControl(FxRobot robot) {
        robot.interact(shown.window::toggleDrawer);
        robot.interact(() -> shown.window.frameRate().toggle());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds readout = inScene(shown.window.frameRate());
        assertTrue(inScene(shown.window.status()).contains(readout), "inside the status bar");
        for (Node n : robot.from(shown.window).lookup((Node n) -> n instanceof Control && n.isVisible()).queryAll()) {
            // The status bar holds read-outs only, no control a hand reaches for.
            boolean inStatusBar = n == shown.window.status() || isAncestor(shown.window.status(), n);
            if (!inStatusBar) {
                assertFalse(inScene(n).intersects(readout), "the read-out covers " + n);
            }
        }
    }

    private static boolean isAncestor(Node ancestor, Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
