package studio.backprop.io;

import java.util.regex.Pattern;

/**
 * The one rule for reading a number from text, in files, on the command line and in the app's fields:
 * plain decimals only ("0.5", "-3", "1e-3", ".25"), since {@code Double.parseDouble} would also take
 * "1d", "0x1p3", "NaN" or "Infinity".
 */
public final class NumberText {
    /** Possessive quantifiers, so a huge malformed field cannot make the match backtrack for ages. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][+-]?\\d++)?");

    private NumberText() {
    }

    /** Whether the text, as it is, is a plain decimal number. */
    public static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /**
     * What was typed into one of the app's fields, read as a plain decimal: trimmed, and with a decimal
     * comma taken for a point when there is no point (as many in a class will type it). Files and the
     * command line take no comma: in CSV it separates the columns.
     *
     * @return the number, or NaN when the text is not one; an infinity when it is too large
     */
    public static double typed(String text) {
        String t = text.strip();
        if (t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        return isDecimal(t) ? Double.parseDouble(t) : Double.NaN;
    }
}
