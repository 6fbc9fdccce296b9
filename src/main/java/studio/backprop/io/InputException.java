package studio.backprop.io;

/**
 * A file the user gave cannot be used. The message is one line meant for the user, not a developer:
 * the file, the place in it (line, layer, field) and what is wrong, e.g.
 * {@code data.csv: line 7, column 1 (x): "abc" is not a number}. It never carries a stack trace or
 * Java names, so the UI can show {@link #getMessage()} as it is.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String detail;

    /** @param source the file (usually its name); @param message the place and the problem */
    public InputException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
        this.detail = message;
    }

    /** The file the problem is in, as named in the message. */
    public String source() {
        return source;
    }

    /** The message without the leading file name. */
    public String detail() {
        return detail;
    }
}
