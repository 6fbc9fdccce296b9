package studio.backprop.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Space run/pause, Right step, R reset, Up/Down double/halve the learning rate, F11 full screen,
 * F5 presentation mode, F12 the frame-rate read-out; W the worked example, N / P (or Page Down / Up) its next and previous
 * phase, Esc leaves the stepper; E the experiment panel; Delete removes the selected point. Caught before any control sees them, except while typing in a field.
 */
public final class KeyBindings {
    private KeyBindings() {
    }

    public static void install(Scene scene, MainWindow window, Stage stage) {
        TrainingViewModel model = window.model();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            KeyCode code = e.getCode();
            if (code == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
            } else if (code == KeyCode.F5) {
                model.presentationProperty().set(!model.presentationProperty().get());
            } else if (code == KeyCode.F12) {
                window.frameRate().toggle();
            } else if (typing) {
                return;
            } else if (code == KeyCode.SPACE) {
                model.toggleRun();
            } else if (code == KeyCode.RIGHT) {
                model.step();
            } else if (code == KeyCode.R) {
                model.reset();
            } else if (code == KeyCode.UP) {
                model.scaleLearningRate(2);
            } else if (code == KeyCode.DOWN) {
                model.scaleLearningRate(0.5);
            } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                window.session().deleteSelectedPoint();
            } else if (code == KeyCode.E) {
                window.toggleExperiment();
            } else if (code == KeyCode.W) {
                window.toggleDrawer();
            } else if (code == KeyCode.N || code == KeyCode.PAGE_DOWN) {
                window.drawer().worked().next();
            } else if (code == KeyCode.P || code == KeyCode.PAGE_UP) {
                window.drawer().worked().previous();
            } else if (code == KeyCode.ESCAPE && model.activePhaseProperty().get() != null) {
                window.drawer().worked().stop();
            } else {
                return;
            }
            e.consume();
        });
    }
}
