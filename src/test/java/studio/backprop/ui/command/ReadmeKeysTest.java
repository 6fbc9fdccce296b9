package studio.backprop.ui.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The README's key table, the one teachers read, names every command with its key as the app does. A
 * row names a command with its keys ("Reset | R"), or several in the same order as their keys
 * ("Undo / Redo (Edit menu) | Ctrl+Z / Ctrl+Y"); which menu a command is in may follow in brackets.
 */
class ReadmeKeysTest {
    private static final String SECTION = "## Using the app";

    /** The table's rows as their first two cells: the control and its keys. */
    private static List<String[]> rows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        List<String[]> rows = new ArrayList<>();
        int k = lines.indexOf(SECTION) + 1;
        while (k < lines.size() && !lines.get(k).startsWith("|")) {
            k++;
        }
        for (; k < lines.size() && lines.get(k).startsWith("|"); k++) {
            String[] cells = lines.get(k).split("\\|", -1);
            rows.add(new String[] {cells[1].trim(), cells[2].trim()});
        }
        return rows;
    }

    static boolean names(String control, String keys, Command command) {
        String name = control.replaceFirst(" \\([^)]*menu\\)$", "");
        if (name.equals(command.title()) && keys.equals(command.keysText())) {
            return true;
        }
        List<String> names = Arrays.asList(name.split(" / "));
        List<String> keyGroups = Arrays.asList(keys.split(" / "));
        int at = names.indexOf(command.title());
        return at >= 0 && names.size() == keyGroups.size() && keyGroups.get(at).equals(command.keysText());
    }

    @ParameterizedTest
    @EnumSource(Command.class)
    void theReadmesKeyTableNamesTheCommandWithItsKeys(Command command) throws IOException {
        List<String[]> rows = rows();
        assertFalse(rows.isEmpty(), "a table under " + SECTION);
        assertTrue(rows.stream().anyMatch(row -> names(row[0], row[1], command)),
                "a row \"" + command.title() + " | " + command.keysText() + "\" under " + SECTION);
    }

    @Test
    void aRowWithTheCommandButAnotherKeyDoesNotCount() {
        assertFalse(names("Reset", "T", Command.RESET));
    }

    @Test
    void aRowPairingCommandsAndKeysInAnotherOrderDoesNotCount() {
        assertFalse(names("Undo / Redo (Edit menu)", "Ctrl+Y / Ctrl+Z", Command.UNDO));
    }
}
