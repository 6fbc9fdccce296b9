package studio.backprop.io;

import java.util.regex.Pattern;

/**
 * The one rule for reading a decimal number from text, in files, on the command line and in the app's
 * fields: plain decimals only ("0.5", "-3", "1e-3", ".25"), since {@code Double.parseDouble} would also
 * take "1d", "0x1p3", "NaN" or "Infinity". (Whole numbers need no such rule: {@code Long.parseLong}
 * takes digits and a sign only.)
 */
public final class NumberText {
    /** Possessive quantifiers, so a huge malformed field cannot make the match backtrack for ages. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][+-]?\\d++)?");
    /** "1,000" or "12,500": a thousands separator as much as a decimal comma, so neither. */
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?[1-9]\\d*+,\\d{3}");

    private NumberText() {
    }

    /**
     * Whether the text, as it is, is a plain decimal number: {@link #DECIMAL}, scanned by hand because a file
     * of a million points asks two million times, and the pattern took a third of the time to read one.
     */
    public static boolean isDecimal(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int whole = digits(text, i);
        i += whole;
        int fraction = 0;
        if (i < n && text.charAt(i) == '.') {
            fraction = digits(text, i + 1);
            i += 1 + fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    /** How many ASCII digits start at {@code from}. */
    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** The rule as a pattern, which the scan must agree with (a test checks). */
    static boolean matchesPattern(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /**
     * What was typed into one of the app's fields, read as a plain decimal: trimmed, and with a decimal
     * comma taken for a point when there is no point (as many in a class will type it), unless it could
     * as well separate thousands ("1,000" is refused; "0,125" and "1,5" are read). Files and the command
     * line take no comma: in CSV it separates the columns.
     *
     * @return the number, or NaN when the text is not one; an infinity when it is too large
     */
    public static double typed(String text) {
        String t = text.strip();
        if (THOUSANDS.matcher(t).matches()) {
            return Double.NaN;
        }
        if (t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        return isDecimal(t) ? Double.parseDouble(t) : Double.NaN;
    }
}
