package studio.backprop.ui.diagram;

import java.util.Locale;

/** How the diagram writes numbers: short on the canvas, exact enough to compare with the chapter on hover. */
final class Numbers {
    private Numbers() {
    }

    /**
     * An edge label: three significant digits at most four characters wide (-0.75, -12.5, 931), then the
     * short scientific style (8.5e8, -1.5e37), so labels keep about one width and can be placed once.
     */
    static String weight(double v) {
        double m = Math.abs(v);
        if (!Double.isFinite(v) || m >= 999.5) {
            return compact(v, 2);
        } else if (m < 9.995) {
            return fixed(v, 2);
        } else if (m < 99.95) {
            return fixed(v, 1);
        }
        return fixed(v, 0);
    }

    /**
     * A neuron's output h: three decimals, as the chapter prints them, for the values a sigmoid gives; four
     * significant digits for larger ones (-93.12, -931.0) and then the short scientific style (-1.46e37).
     */
    static String output(double v) {
        double m = Math.abs(v);
        if (!Double.isFinite(v) || m >= 999.95) {
            return compact(v, 3);
        }
        return fixed(v, m < 9.9995 ? 3 : m < 99.995 ? 2 : 1);
    }

    /** The short scientific style of the canvas: 8.5e8, -1.46e37, 1e3 (digits significant digits, no "+"). */
    static String compact(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
        }
        String[] parts = String.format(Locale.ROOT, "%." + (digits - 1) + "e", v).split("e");
        return stripZeros(parts[0]) + "e" + Integer.parseInt(parts[1]);
    }

    /**
     * A gradient or a change on an edge: three significant digits however small it is (0.391, -0.00391,
     * 3.91e-5), since a gradient of 0.004 is not "0.00" to the class.
     */
    static String gradient(double v) {
        double m = Math.abs(v);
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        return m < 9.995e-4 ? scientific(String.format(Locale.ROOT, "%.2e", v), false)
                : scientific(String.format(Locale.ROOT, "%.3g", v), false);
    }

    /** A derivative at a neuron: three decimals like h, but three significant digits once that would say 0.00x. */
    static String derivative(double v) {
        return Math.abs(v) >= 0.1 || v == 0 ? output(v) : gradient(v);
    }

    /** An updated weight: four significant digits, enough to tell 9.996 from the 10 it was. */
    static String updated(double v) {
        return Double.isFinite(v) ? scientific(String.format(Locale.ROOT, "%.4g", v), false) : Double.toString(v);
    }

    /** Six significant digits without trailing zeros: 10, 0.391076, -0.00391076, 1.2e-7. */
    static String precise(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        return scientific(String.format(Locale.ROOT, "%.6g", v), true);
    }

    /** Java's "1.50e-07" as "1.5e-7"; trailing zeros of the digits dropped only when asked. */
    private static String scientific(String s, boolean strip) {
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return (strip ? stripZeros(parts[0]) : parts[0]) + "e" + Integer.parseInt(parts[1]);
        }
        return strip ? stripZeros(s) : s;
    }

    private static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // "-0.00" would claim a sign the rounded value no longer has
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
