package studio.backprop.ui.command;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard command of the window, each declared once: its name as the controls and the README
 * call it, what it does (the shortcuts dialog's line and its button's tooltip), its keys and where they
 * are caught. The window's key filter, the buttons, the menus and the shortcuts dialog all read it
 * here, so a key cannot be changed in one place and left behind in another. In the dialog's order.
 */
public enum Command {
    RUN_PAUSE("Run / Pause", "Run / pause training", Fires.UNLESS_TYPING, key(KeyCode.SPACE)),
    STEP("Step", "One iteration of gradient descent", Fires.UNLESS_TYPING, key(KeyCode.RIGHT)),
    RESET("Reset", "Back to the initial weights, iteration 0", Fires.UNLESS_TYPING, key(KeyCode.R)),
    RATE_UP("Double α", "Double the learning rate", Fires.UNLESS_TYPING, key(KeyCode.UP)),
    RATE_DOWN("Halve α", "Halve the learning rate", Fires.UNLESS_TYPING, key(KeyCode.DOWN)),
    EXPERIMENT_PANEL("Experiment", "Presets, layers, activations and initial weights", Fires.UNLESS_TYPING,
            key(KeyCode.E)),
    WORKED_EXAMPLE("Worked example", "The worked example and the gradient check", Fires.UNLESS_TYPING,
            key(KeyCode.W)),
    NEXT_PHASE("Next phase", "Next phase", Fires.UNLESS_TYPING, key(KeyCode.N)),
    PREVIOUS_PHASE("Previous phase", "Previous phase", Fires.UNLESS_TYPING, key(KeyCode.P)),
    LEAVE_STEPPER("Leave the stepper", "Leave the phase stepper", Fires.UNLESS_TYPING, key(KeyCode.ESCAPE)),
    // A presenter's clicker sends Page Down and Page Up: the lesson's scenes, else the stepper's phases.
    NEXT_SCENE("Next scene", "Next scene of the lesson (without one, the next phase)", Fires.UNLESS_TYPING,
            key(KeyCode.PAGE_DOWN)),
    PREVIOUS_SCENE("Previous scene", "Previous scene of the lesson (without one, the previous phase)",
            Fires.UNLESS_TYPING, key(KeyCode.PAGE_UP)),
    FIRST_SCENE("First scene", "First scene of the lesson", Fires.UNLESS_TYPING, key(KeyCode.HOME)),
    NEXT_VIEW("Next view", "Show the next view where views take turns as tabs", Fires.UNLESS_TYPING,
            key(KeyCode.V)),
    DELETE_POINT("Delete point", "Remove the selected point", Fires.UNLESS_TYPING,
            key(KeyCode.DELETE), key(KeyCode.BACK_SPACE)),
    HOLD_OUT("Hold out point", "Hold the selected point out of training, or train on it again (also Shift+click)",
            Fires.UNLESS_TYPING, key(KeyCode.H)),
    PRESENTATION("Presentation mode", "Presentation mode: larger text and thicker lines", Fires.WHILE_TYPING,
            key(KeyCode.F5)),
    FULL_SCREEN("Full screen", "Full screen", Fires.WHILE_TYPING, key(KeyCode.F11)),
    FRAME_RATE("Frame rate", "Frame rate read-out", Fires.WHILE_TYPING, key(KeyCode.F12)),
    UNDO("Undo", "Undo the last edit", Fires.FROM_MENU, shortcut(KeyCode.Z)),
    REDO("Redo", "Redo the edit undone last", Fires.FROM_MENU, shortcut(KeyCode.Y)),
    PASTE_POINTS("Paste points", "Add rows of x and y copied from a spreadsheet, or put them in place of the points",
            Fires.FROM_MENU, shortcut(KeyCode.V)),
    COPY_VIEW("Copy view as picture", "Copy the view last clicked as a picture at the size pictures are written",
            Fires.FROM_MENU, new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    OPEN("Open", "Open an experiment", Fires.FROM_MENU, shortcut(KeyCode.O)),
    SAVE("Save", "Save the experiment", Fires.FROM_MENU, shortcut(KeyCode.S)),
    SAVE_AS("Save As", "Save the experiment in a new file", Fires.FROM_MENU,
            new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
    QUIT("Quit", "Quit", Fires.FROM_MENU, shortcut(KeyCode.Q)),
    SHORTCUTS("Keyboard shortcuts", "This list", Fires.FROM_MENU, key(KeyCode.F1));

    /** Where a command's keys are caught. */
    public enum Fires {
        /** By the window, unless the focused control needs the key itself (a field being typed in). */
        UNLESS_TYPING,
        /** By the window, even while a field is being typed in: no field needs these keys. */
        WHILE_TYPING,
        /** As the accelerator of a menu item, which carries out the command itself. */
        FROM_MENU
    }

    private final String title;
    private final String text;
    private final Fires fires;
    private final List<KeyCodeCombination> keys;

    Command(String title, String text, Fires fires, KeyCodeCombination... keys) {
        this.title = title;
        this.text = text;
        this.fires = fires;
        this.keys = List.of(keys);
    }

    private static KeyCodeCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    /** Ctrl with the key, Cmd on a Mac. */
    private static KeyCodeCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /**
     * The command the window's key filter carries out for a key pressed without Ctrl, Alt or Meta; none
     * for a key that belongs to a menu item (F1), which answers to it itself.
     */
    public static Optional<Command> onKey(KeyCode code) {
        for (Command c : values()) {
            if (c.fires != Fires.FROM_MENU && c.keys.stream().anyMatch(k -> k.getCode() == code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Its name as the controls, the menus and the README's key table call it. */
    public String title() {
        return title;
    }

    /** What it does, in a few words: the shortcuts dialog's line and the tooltip of its button. */
    public String text() {
        return text;
    }

    public Fires fires() {
        return fires;
    }

    /** True when it is carried out even while a field is being typed in. */
    public boolean whileTyping() {
        return fires == Fires.WHILE_TYPING;
    }

    public List<KeyCodeCombination> keys() {
        return keys;
    }

    /** The key a menu item shows and answers to: the first. */
    public KeyCombination accelerator() {
        return keys.get(0);
    }

    /** The first key as written for people, "N" for the phase stepper's N and Page Down. */
    public String key() {
        return KeyText.of(keys.get(0));
    }

    /** All its keys as written for people: "N, Page Down". */
    public String keysText() {
        return keys.stream().map(KeyText::of).collect(Collectors.joining(", "));
    }

    /** Its button's tooltip: what it does and its keys, "Run / pause training (Space)". */
    public String tooltip() {
        return tooltip(text);
    }

    /** A tooltip that says more than {@link #text()}, followed by the keys: "what (E)". */
    public String tooltip(String what) {
        return what + " (" + keysText() + ")";
    }
}
