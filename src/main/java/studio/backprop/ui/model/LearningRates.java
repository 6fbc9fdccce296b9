package studio.backprop.ui.model;

/** The learning-rate slider's log scale, 1e-4 to 10. */
public final class LearningRates {
    public static final double MIN = 1e-4;
    public static final double MAX = 10;

    private LearningRates() {
    }

    public static double clamp(double alpha) {
        return Math.max(MIN, Math.min(MAX, alpha));
    }

    /** rate * factor, stopped at the range's end it moves toward, unless the rate is already beyond it. */
    public static double scale(double rate, double factor) {
        double next = rate * factor;
        if (factor > 1 && next > MAX) {
            return Math.max(rate, MAX);
        }
        if (factor < 1 && next < MIN) {
            return Math.min(rate, MIN);
        }
        return next;
    }

    /** Slider position (log10 of the rate) for a rate. */
    public static double toSlider(double alpha) {
        return Math.log10(clamp(alpha));
    }

    /** The rate at a slider position, rounded to 3 significant digits so dragged values read cleanly. */
    public static double fromSlider(double position) {
        double alpha = Math.pow(10, position);
        double magnitude = Math.pow(10, Math.floor(Math.log10(alpha)) - 2);
        return clamp(Math.round(alpha / magnitude) * magnitude);
    }
}
