package studio.backprop.ui.chart;

import java.util.Arrays;
import java.util.Locale;
import studio.backprop.training.TrainingSnapshot;

/**
 * Where ticks go and what they say: steps of 1, 2 or 5 times a power of ten on a linear axis, decades
 * on a logarithmic one. Pure arithmetic, so the charts' choices can be tested without a screen.
 *
 * <p>A label {@code "10^e"} means ten to the power e; {@link Chart} draws it with a raised exponent.
 */
public final class NiceTicks {
    private NiceTicks() {
    }

    /** Labelled ticks, and unlabelled minor ones (log axes only). */
    public record Ticks(double[] major, String[] labels, double[] minor) {
        public static final Ticks NONE = new Ticks(new double[0], new String[0], new double[0]);

        public int size() {
            return major.length;
        }
    }

    /** The 1-2-5 step giving at most about {@code maxCount} intervals over {@code span}. */
    public static double step(double span, int maxCount) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, maxCount);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / magnitude;
        double nice = r <= 1.0001 ? 1 : r <= 2.0001 ? 2 : r <= 5.0001 ? 5 : 10;
        return nice * magnitude;
    }

    /** Ticks at multiples of a 1-2-5 step within [lo, hi]. */
    public static Ticks linear(double lo, double hi, int maxCount) {
        if (!(hi > lo) || !Double.isFinite(hi - lo)) {
            return Ticks.NONE;
        }
        double step = step(hi - lo, maxCount);
        double first = Math.ceil(lo / step - 1e-9);
        double last = Math.floor(hi / step + 1e-9);
        int n = (int) Math.max(0, Math.min(200, last - first + 1));
        double[] major = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            double v = (first + i) * step;
            major[i] = Math.abs(v) < step * 1e-9 ? 0.0 : v;
            labels[i] = format(major[i], step);
        }
        return new Ticks(major, labels, new double[0]);
    }

    /**
     * Ticks for a log axis over [lo, hi] (both positive): labelled decades, thinned to every 2nd, 5th ...
     * when there are more than {@code maxCount}; minor ticks at 2..9 times each decade when they fit.
     * Under two decades the 2s and 5s are labelled too when there is room for three labels; with room
     * for two, they are added to a lone decade label if they fit.
     */
    public static Ticks log(double lo, double hi, int maxCount) {
        if (!(lo > 0) || !(hi > lo) || !Double.isFinite(hi)) {
            return Ticks.NONE;
        }
        boolean narrow = Math.log10(hi / lo) < 2;
        boolean fine = narrow && maxCount >= 3;
        Ticks ticks = log(lo, hi, maxCount, fine ? FINE : NONE);
        // A lone label gives no scale to read a value by: the 2s join it, or the 5s too, if they fit; if
        // they would be too many, the one farthest from it, so that two labels span the axis.
        if (narrow && !fine && maxCount >= 2) {
            for (int k = 0; k < 2 && ticks.size() < 2; k++) {
                Ticks richer = log(lo, hi, maxCount, k == 0 ? TWOS : FINE);
                if (richer.size() <= maxCount) {
                    ticks = richer;
                } else if (ticks.size() == 1) {
                    ticks = withFarthest(ticks, richer);
                }
            }
        }
        return ticks;
    }

    /** The lone label of {@code one} and the label of {@code richer} farthest from it on a log axis, in order. */
    private static Ticks withFarthest(Ticks one, Ticks richer) {
        double v = one.major()[0];
        int far = 0;
        for (int i = 1; i < richer.size(); i++) {
            if (Math.abs(Math.log(richer.major()[i] / v)) > Math.abs(Math.log(richer.major()[far] / v))) {
                far = i;
            }
        }
        boolean below = richer.major()[far] < v;
        double[] major = below ? new double[] {richer.major()[far], v} : new double[] {v, richer.major()[far]};
        String[] labels = below ? new String[] {richer.labels()[far], one.labels()[0]}
                : new String[] {one.labels()[0], richer.labels()[far]};
        return new Ticks(major, labels, one.minor());
    }

    /** More unlabelled ticks than this per label would merge into a bar. */
    private static final int MINOR_PER_LABEL = 5;

    private static final int[] NONE = {};
    private static final int[] TWOS = {2};
    private static final int[] FINE = {2, 5};

    /** @param labelled which multiples of each decade besides 1 get a label */
    private static Ticks log(double lo, double hi, int maxCount, int[] labelled) {
        int eLo = (int) Math.floor(Math.log10(lo) + 1e-9);
        int eHi = (int) Math.ceil(Math.log10(hi) - 1e-9);
        int decades = eHi - eLo;
        // the intervals between the decades inside [lo, hi], as many as a labelled decade each could make
        int inside = Math.max(0, (int) Math.floor(Math.log10(hi) + 1e-9) - (int) Math.ceil(Math.log10(lo) - 1e-9));
        int every = 1;
        while (inside / every > Math.max(1, maxCount)) {
            every = nextNice(every); // 1, 2, 5, 10, 20, 50, 100: a run to 1e306 is labelled at 10^100, 10^200, 10^300
        }
        int phase = phase(lo, hi, eLo, eHi, every);
        double[] major = new double[4 * (decades + 1)];
        String[] labels = new String[major.length];
        double[] minor = new double[9 * (decades + 1)];
        int nMajor = 0;
        int nMinor = 0;
        for (int e = eLo; e <= eHi; e++) {
            double decade = Math.pow(10, e);
            for (int m = 1; m <= 9; m++) {
                double v = m * decade;
                if (v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9)) {
                    continue;
                }
                if (m == 1 && Math.floorMod(e - phase, every) == 0) {
                    major[nMajor] = v;
                    labels[nMajor++] = decade(e);
                } else if (contains(labelled, m)) {
                    major[nMajor] = v;
                    // In the style of its decade's label: 2×10^7 beside 10^7, never 20,000,000 beside it.
                    labels[nMajor++] = decade(e).startsWith("10^") ? m + "×" + decade(e) : format(v, decade);
                } else if ((every == 1 || m == 1) && decades + 1 <= MINOR_PER_LABEL * Math.max(1, maxCount)) {
                    minor[nMinor++] = v;
                }
            }
        }
        return new Ticks(Arrays.copyOf(major, nMajor), Arrays.copyOf(labels, nMajor), Arrays.copyOf(minor, nMinor));
    }

    /**
     * Which decades every {@code every}th is labelled from: those at multiples of it (1 among them) unless
     * another choice puts more labels inside [lo, hi]. From 0.015 to 30 every second decade from 1 labels
     * 1 alone; from 0.1, it labels 0.1 and 10.
     */
    private static int phase(double lo, double hi, int eLo, int eHi, int every) {
        int best = 0;
        int most = -1;
        for (int p = 0; p < every; p++) {
            int inside = 0;
            for (int e = eLo; e <= eHi; e++) {
                double v = Math.pow(10, e);
                if (Math.floorMod(e - p, every) == 0 && v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                    inside++;
                }
            }
            if (inside > most) {
                most = inside;
                best = p;
            }
        }
        return best;
    }

    /** The next of 1, 2, 5, 10, 20, 50, ... */
    private static int nextNice(int step) {
        int scale = 1;
        while (step >= 10 * scale) {
            scale *= 10;
        }
        return step == scale ? 2 * scale : step == 2 * scale ? 5 * scale : 10 * scale;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** 10^e as plain digits near 1 (0.001 .. 1000), else as a power of ten. */
    public static String decade(int e) {
        if (e >= 0 && e <= 3) {
            return String.format(Locale.ROOT, "%d", (long) Math.pow(10, e));
        }
        if (e < 0 && e >= -3) {
            return "0." + "0".repeat(-e - 1) + "1";
        }
        return "10^" + e;
    }

    /** A tick value with as many decimals as the step needs; thousands grouped so 250,000 reads at a glance. */
    public static String format(double v, double step) {
        if (v == 0) {
            return "0";
        }
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        if (decimals > 6 || Math.abs(v) >= 1e12) {
            return compact(v);
        }
        if (decimals == 0 && Math.abs(v) >= 10_000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Up to {@code digits} significant digits, trailing zeros dropped: 0.8123, 1.5e-7. */
    public static String significant(double v, int digits) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
        }
        return TrainingSnapshot.formatNumber(v, digits);
    }

    private static String compact(double v) {
        return significant(v, 3);
    }
}
