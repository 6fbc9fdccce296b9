package studio.backprop.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Picocli's parse errors as one line in the CLI's style: the option first, then what is wrong. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static String of(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            arg = m.getMissing().get(0);
        } else if (e instanceof OverwrittenOptionException o) {
            arg = o.getOverwritten();
        }
        String option = arg instanceof OptionSpec o ? o.longestName() : null;
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u);
        }
        if (option != null && e.getCause() instanceof TypeConversionException t) {
            return option + ": " + t.getMessage();
        }
        if (option != null && e instanceof MissingParameterException) {
            return option + ": needs a value";
        }
        if (option != null && e instanceof OverwrittenOptionException) {
            return option + ": given more than once";
        }
        return firstLine(e.getMessage());
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> args = e.getUnmatched();
        String first = args.isEmpty() ? "" : args.get(0);
        CommandLine where = e.getCommandLine();
        String command = where.getParent() == null ? "" : " for " + where.getCommandName();
        if (first.startsWith("-")) {
            int equals = first.indexOf('=');
            String name = equals > 0 ? first.substring(0, equals) : first;
            return "unknown option " + name + command + " (see " + path(where) + " --help)";
        }
        if (where.getParent() == null) {
            // The window's command line has no subcommands of its own: the headless ones are Cli's.
            return "unknown subcommand \"" + first + "\" (known: " + String.join(", ", Cli.SUBCOMMANDS) + ")";
        }
        return "unexpected argument \"" + first + "\"" + command + " (see " + path(where) + " --help)";
    }

    private static String path(CommandLine command) {
        return command.getParent() == null ? command.getCommandName()
                : path(command.getParent()) + " " + command.getCommandName();
    }

    private static String firstLine(String message) {
        return message == null ? "invalid command line" : message.lines().findFirst().orElse("invalid command line");
    }
}
