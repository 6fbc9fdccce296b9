package studio.backprop.cli;

/** The command line asks for something impossible; the message is the one line the user sees. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param option the option at fault, e.g. {@code --report}; @param problem what is wrong with it */
    UsageException(String option, String problem) {
        super(option + ": " + problem);
    }
}
