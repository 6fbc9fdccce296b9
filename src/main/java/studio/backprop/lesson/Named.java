package studio.backprop.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a set-up writes its words and whole numbers, and reads them back refusing anything else by name. */
final class Named {
    private Named() {
    }

    /** An enum constant as a set-up writes it: "gradient-check" for GRADIENT_CHECK. */
    static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant written {@code text}, or a refusal listing the known ones. */
    static <E extends Enum<E>> E byId(Class<E> type, String text, String what) {
        String word = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (id(constant).equals(word)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + word + "\" (known: "
                + Arrays.stream(type.getEnumConstants()).map(Named::id).collect(Collectors.joining(", ")) + ")");
    }

    /** A whole number from 0, thousands perhaps set apart by commas or underscores: "1,000,000". */
    static long count(String text, String what) {
        String digits = text.strip().replace(",", "").replace("_", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new IllegalArgumentException(what + " must be a whole number from 0, got \"" + text.strip() + "\"");
        }
        return Long.parseLong(digits);
    }

    /** A whole number from 1 that fits an int. */
    static int whole(String text, String what) {
        long n = count(text, what);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must be a whole number from 1, got \"" + text.strip() + "\"");
        }
        return (int) n;
    }

    /** A finite decimal number as people type it: "0.01", "10", "1e-3". */
    static double decimal(String text, String what) {
        String t = text.strip();
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") || !Double.isFinite(Double.parseDouble(t))) {
            throw new IllegalArgumentException(what + " must be a number, got \"" + t + "\"");
        }
        return Double.parseDouble(t);
    }

    /** A number as typed, without a trailing ".0": 0.01, 10, 1.0E-4. */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
