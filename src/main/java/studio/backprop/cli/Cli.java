package studio.backprop.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import studio.backprop.io.InputException;

/**
 * The command line: {@code train}, {@code explain}, {@code bench} and {@code gradcheck}. Headless:
 * nothing here touches JavaFX. Exit codes: 0 done, 2 bad input or usage (one line on the error stream naming the file or
 * option, the place and the problem), 1 an internal error (one line too, never a stack trace).
 */
public final class Cli {
    static final String VERSION = "Backprop Studio 1.0.0";
    static final String NAME = "backprop-studio";
    /** The commands that run headless, in the order the help lists them. */
    static final List<String> SUBCOMMANDS = List.of("train", "explain", "bench", "gradcheck");

    private Cli() {
    }

    /** Runs one command line; never calls System.exit. @return the exit code */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine cli = new CommandLine(new Root(err));
            // Only the command named is built when one is: picocli reads each command's annotations by
            // reflection, a tenth of a second for all four, which a timed run should not pay.
            for (String name : isSubcommand(args) ? List.of(args[0]) : SUBCOMMANDS) {
                cli.addSubcommand(command(name, out, err));
            }
            return configure(cli, out, err).execute(args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return fail(err, internal(e), 1);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Object command(String name, PrintStream out, PrintStream err) {
        return switch (name) {
            case "train" -> new TrainCommand(out, err);
            case "explain" -> new ExplainCommand(out);
            case "bench" -> new BenchCommand(out);
            case "gradcheck" -> new GradcheckCommand(out);
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** True when the arguments name a subcommand (or ask the command line for help): run headless. */
    public static boolean isSubcommand(String[] args) {
        return args.length > 0 && SUBCOMMANDS.contains(args[0]);
    }

    /**
     * The window's options, parsed before JavaFX starts. Empty when the process should end instead
     * (after --help, or a bad option reported as one line on err); the exit code is then in {@code exit[0]}.
     */
    public static Optional<WindowOptions> windowOptions(String[] args, PrintStream out, PrintStream err,
                                                                  int[] exit) {
        try {
            return WindowCommand.parse(args, out, err, exit);
        } catch (RuntimeException e) {
            exit[0] = fail(err, internal(e), 1);
            return Optional.empty();
        }
    }

    /** Plain usage text, one-line errors, streams as given: the same for every command line. */
    static CommandLine configure(CommandLine cli, PrintStream out, PrintStream err) {
        return cli
                // Plain usage text whatever the terminal: the streams may be files, pipes or a test's buffer.
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((e, arguments) -> fail(err, ErrorMessages.of(e), 2))
                .setExecutionExceptionHandler((e, command, parsed) -> executionFailure(err, e));
    }

    private static int executionFailure(PrintStream err, Exception e) {
        if (e instanceof InputException || e instanceof UsageException) {
            return fail(err, e.getMessage(), 2);
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null) {
            // The engine's checks that a network, its data and a learning rate fit together.
            return fail(err, e.getMessage(), 2);
        }
        return fail(err, internal(e), 1);
    }

    private static String internal(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "internal error (" + e.getClass().getSimpleName() + message + ")";
    }

    /** Prints {@code message} as exactly one line. */
    private static int fail(PrintStream err, String message, int code) {
        err.println(oneLine(message));
        err.flush();
        return code;
    }

    static String oneLine(String message) {
        String m = message == null || message.isBlank() ? "failed" : message.strip();
        return m.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** Without a subcommand: the usage on the error stream, exit 2. */
    @Command(name = NAME, mixinStandardHelpOptions = true, version = VERSION,
            description = "Backprop Studio on the command line: train, explain one iteration, time training, or check gradients.")
    static final class Root implements Callable<Integer> {
        private final PrintStream err;

        @Spec
        private CommandSpec spec;

        Root(PrintStream err) {
            this.err = err;
        }

        @Override
        public Integer call() {
            spec.commandLine().usage(err);
            return 2;
        }
    }
}
