package studio.backprop.ui.window;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import studio.backprop.ui.ClaimsKeys;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.lesson.LessonPlayer;
import studio.backprop.ui.model.StudioModel;

/**
 * Carries out the window's keyboard commands ({@link Command}): caught before any control sees them,
 * except while the focused control needs the key itself, as a field being typed in does. The keys and
 * their commands are declared in {@link Command}; here each command is given its action.
 */
public final class KeyBindings {
    /** What a command does, and whether it applies now: a key that does not apply goes on to the controls. */
    private record Action(BooleanSupplier applies, Runnable effect) {
        Action(Runnable effect) {
            this(() -> true, effect);
        }
    }

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
        Map<Command, Action> actions = actions(window, stage);
        KeyboardFocus.install(scene, window.views());
        ExperimentEditor editor = window.session().editor();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (menuOrListOpen()) {
                return; // the arrows move through the open menu, Esc closes it
            }
            if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                undoPastAField(e, scene.getFocusOwner(), editor);
                return; // Ctrl+S and the like belong to the menus
            }
            KeyCode code = e.getCode();
            Command.onKey(code)
                    .filter(c -> c.whileTyping() || !ownsKey(scene.getFocusOwner(), code))
                    .map(actions::get)
                    .filter(a -> a.applies().getAsBoolean())
                    .ifPresent(a -> {
                        a.effect().run();
                        e.consume();
                    });
        });
    }

    /** True while a menu, a combo box's list or a context menu is open: their keys are theirs. */
    private static boolean menuOrListOpen() {
        return Window.getWindows().stream()
                .anyMatch(w -> w instanceof PopupWindow && !(w instanceof Tooltip) && w.isShowing());
    }

    /**
     * Ctrl+Z in a field with nothing of its own to undo (the learning rate just applied, say) undoes the
     * last edit, as it would anywhere else in the window; Ctrl+Y likewise redoes.
     */
    private static void undoPastAField(KeyEvent e, Node owner, ExperimentEditor editor) {
        TextInputControl field = owner instanceof Spinner<?> spinner ? spinner.getEditor()
                : owner instanceof TextInputControl t ? t : null;
        if (field == null) {
            return;
        }
        if (Command.UNDO.accelerator().match(e) && !field.isUndoable() && editor.history().canUndo()) {
            editor.undo();
            e.consume();
        } else if (Command.REDO.accelerator().match(e) && !field.isRedoable() && editor.history().canRedo()) {
            editor.redo();
            e.consume();
        }
    }

    /** The commands the window's key filter carries out: all but the menus' own. */
    static Set<Command> caughtByTheWindow() {
        Set<Command> caught = EnumSet.noneOf(Command.class);
        for (Command c : Command.values()) {
            if (c.fires() != Command.Fires.FROM_MENU) {
                caught.add(c);
            }
        }
        return caught;
    }

    /** @throws IllegalStateException unless every command the window catches, and only those, has an action */
    static Map<Command, Action> actions(MainWindow window, Stage stage) {
        StudioModel model = window.model();
        Map<Command, Action> actions = new EnumMap<>(Command.class);
        actions.put(Command.RUN_PAUSE, new Action(model::toggleRun));
        actions.put(Command.STEP, new Action(model::step));
        actions.put(Command.RESET, new Action(model::reset));
        actions.put(Command.RATE_UP, new Action(() -> model.scaleLearningRate(2)));
        actions.put(Command.RATE_DOWN, new Action(() -> model.scaleLearningRate(0.5)));
        actions.put(Command.EXPERIMENT_PANEL, new Action(window::toggleExperiment));
        actions.put(Command.WORKED_EXAMPLE, new Action(window::toggleDrawer));
        actions.put(Command.NEXT_PHASE, new Action(() -> window.drawer().worked().next()));
        actions.put(Command.PREVIOUS_PHASE, new Action(() -> window.drawer().worked().previous()));
        // Esc ends the stepping only; otherwise it is left to the controls (a dialog, a menu, a drag).
        LessonPlayer lessons = window.lessons();
        BooleanSupplier inLesson = () -> lessons.lesson() != null;
        actions.put(Command.NEXT_SCENE, new Action(() -> {
            if (inLesson.getAsBoolean()) {
                lessons.next();
            } else {
                window.drawer().worked().next();
            }
        }));
        actions.put(Command.PREVIOUS_SCENE, new Action(
                () -> inLesson.getAsBoolean() || model.activePhaseProperty().get() != null, () -> {
                    if (inLesson.getAsBoolean()) {
                        lessons.previous();
                    } else {
                        window.drawer().worked().previous();
                    }
                }));
        actions.put(Command.FIRST_SCENE, new Action(inLesson, lessons::first));
        actions.put(Command.LEAVE_STEPPER, new Action(() -> model.activePhaseProperty().get() != null,
                () -> window.drawer().worked().stop()));
        actions.put(Command.NEXT_VIEW, new Action(() -> window.deck().arrangement() != ViewDeck.Arrangement.COLUMNS,
                () -> window.deck().nextView()));
        actions.put(Command.DELETE_POINT, new Action(() -> window.session().deleteSelectedPoint()));
        actions.put(Command.HOLD_OUT, new Action(() -> window.session().toggleSelectedHeldOut()));
        actions.put(Command.PRESENTATION, new Action(
                () -> model.presentationProperty().set(!model.presentationProperty().get())));
        actions.put(Command.FULL_SCREEN, new Action(() -> stage.setFullScreen(!stage.isFullScreen())));
        actions.put(Command.FRAME_RATE, new Action(() -> window.frameRate().toggle()));
        if (!actions.keySet().equals(caughtByTheWindow())) {
            throw new IllegalStateException("actions for " + actions.keySet() + ", but the window catches "
                    + caughtByTheWindow());
        }
        return actions;
    }
}
