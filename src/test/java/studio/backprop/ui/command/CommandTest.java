package studio.backprop.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;

/** The table of commands: keys, their text and the tooltips built from them. */
class CommandTest {
    @Test
    void noTwoCommandsShareAKey() {
        Set<KeyCodeCombination> seen = new HashSet<>();
        for (Command c : Command.values()) {
            for (KeyCodeCombination k : c.keys()) {
                assertTrue(seen.add(k), k + " is declared twice, again for " + c);
            }
        }
    }

    @Test
    void aButtonsTooltipSaysWhatItDoesAndItsKey() {
        assertEquals("Run / pause training (Space)", Command.RUN_PAUSE.tooltip());
        assertEquals("One iteration of gradient descent (Right arrow)", Command.STEP.tooltip());
        assertEquals("Back to the initial weights, iteration 0 (R)", Command.RESET.tooltip());
        assertEquals("Presets, layers, activations and initial weights (E)", Command.EXPERIMENT_PANEL.tooltip());
    }

    @Test
    void aCommandWithTwoKeysNamesBothInItsTooltip() {
        assertEquals("Remove the selected point (Delete, Backspace)", Command.DELETE_POINT.tooltip());
    }

    @Test
    void aShortcutIsWrittenWithCtrlAndItsOtherModifiers() {
        assertEquals("Ctrl+Z", Command.UNDO.keysText());
        assertEquals("Ctrl+Shift+S", Command.SAVE_AS.keysText());
    }

    @Test
    void theWindowCarriesOutTheCommandOfASingleKey() {
        assertEquals(Optional.of(Command.NEXT_SCENE), Command.onKey(KeyCode.PAGE_DOWN));
        assertEquals(Optional.of(Command.DELETE_POINT), Command.onKey(KeyCode.BACK_SPACE));
    }

    @Test
    void aKeyThatBelongsToAMenuItemIsLeftToTheMenu() {
        assertEquals(Optional.empty(), Command.onKey(KeyCode.F1));
    }

    @Test
    void aKeyOfNoCommandIsLeftAlone() {
        assertEquals(Optional.empty(), Command.onKey(KeyCode.A));
    }

    @Test
    void onlyPresentationFullScreenAndFrameRateFireWhileTyping() {
        for (Command c : Command.values()) {
            boolean expected = c == Command.PRESENTATION || c == Command.FULL_SCREEN || c == Command.FRAME_RATE;
            assertEquals(expected, c.whileTyping(), c.toString());
        }
    }
}
