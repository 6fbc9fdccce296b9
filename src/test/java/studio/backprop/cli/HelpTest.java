package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Usage help: asked for, on the output stream; needed (no subcommand), on the error stream. */
class HelpTest {

    @Test
    void helpOnEachSubcommandPrintsItsUsageAndSucceeds() {
        for (String command : new String[] {"train", "explain", "bench"}) {
            CliRun run = CliRun.of(command, "--help").succeeded();
            assertTrue(run.out().startsWith("Usage: backprop-studio " + command), run.out());
            assertTrue(run.out().contains("--network=FILE"), run.out());
            assertTrue(run.out().contains("--iterations=N"), run.out());
        }
    }

    @Test
    void trainHelpListsItsOwnOptions() {
        String out = CliRun.of("train", "--help").succeeded().out();
        assertTrue(out.contains("--report=I[,I...]"), out);
        assertTrue(out.contains("--digits=D"), out);
        assertTrue(out.contains("default: 0.01"), out);
    }

    @Test
    void withoutASubcommandTheUsageGoesToTheErrorStreamWithExitCode2() {
        CliRun run = CliRun.of();
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Usage: backprop-studio"), run.err());
        assertTrue(run.err().contains("train") && run.err().contains("explain") && run.err().contains("bench"), run.err());
    }

    @Test
    void topLevelHelpSucceeds() {
        CliRun run = CliRun.of("--help").succeeded();
        assertTrue(run.out().contains("Commands:"), run.out());
    }
}
