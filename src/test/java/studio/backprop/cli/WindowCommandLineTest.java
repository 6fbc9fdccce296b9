package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the launcher says when its arguments are not the window's: every headless command is named. */
class WindowCommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final int[] exit = {0};

    private void parse(String... args) {
        Cli.windowOptions(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), exit);
    }

    @Test
    void aWordThatIsNoCommandIsRefusedNamingEveryHeadlessCommand() {
        parse("bogus");

        assertEquals("unknown subcommand \"bogus\" (known: train, explain, bench, gradcheck)\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, exit[0]);
    }

    @Test
    void theWindowsHelpNamesEveryHeadlessCommand() {
        parse("--help");

        String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        for (String command : Cli.SUBCOMMANDS) {
            assertTrue(help.contains(command), command + " in " + help);
        }
    }

    @Test
    void theWindowsHelpNamesEveryPresetTheTwoInputOnesToo() {
        parse("--help");

        String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(help.contains("Open a preset: chapter, exercise2, sine, step, noisy-parabola, bump, circle, xor, gauss,"
                + " spiral, saddle."), help);
    }
}
