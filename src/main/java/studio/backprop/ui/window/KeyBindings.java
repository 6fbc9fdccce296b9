package studio.backprop.ui.window;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import studio.backprop.ui.ClaimsKeys;
import studio.backprop.ui.model.StudioModel;

/**
 * Space run/pause, Right step, R reset, Up/Down double/halve the learning rate, F11 full screen,
 * F5 presentation mode, F12 the frame-rate read-out; W the worked example, N / P (or Page Down / Up) its next and previous
 * phase, Esc leaves the stepper; E the experiment panel; Delete removes the selected point. Caught before any control sees them, except while typing in a field.
 */
public final class KeyBindings {
    private KeyBindings() {
    }

    /**
     * True when the focused control needs this key itself. A view that {@link ClaimsKeys} says which. A
     * text field, an editable spinner or an editable combo box takes every key (an editable spinner keeps
     * the focus on itself, not on its inner field); any other spinner, combo box, slider or table takes
     * the arrows, Space, Enter and Delete.
     */
    static boolean ownsKey(Node owner, KeyCode code) {
        if (owner instanceof ClaimsKeys view) {
            return view.claims(code);
        }
        if (owner instanceof TextInputControl
                || owner instanceof Spinner<?> spinner && spinner.isEditable()
                || owner instanceof ComboBoxBase<?> combo && combo.isEditable()) {
            return true;
        }
        boolean control = owner instanceof Spinner || owner instanceof ComboBoxBase
                || owner instanceof Slider || owner instanceof TableView
                || owner instanceof ListView;
        return control && (code.isArrowKey() || code == KeyCode.SPACE || code == KeyCode.ENTER
                || code == KeyCode.DELETE || code == KeyCode.BACK_SPACE);
    }

    public static void install(Scene scene, MainWindow window, Stage stage) {
        StudioModel model = window.model();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = ownsKey(scene.getFocusOwner(), e.getCode());
            KeyCode code = e.getCode();
            if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return; // Ctrl+Z, Ctrl+S and the like belong to the menus
            }
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
