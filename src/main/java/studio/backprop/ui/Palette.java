package studio.backprop.ui;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours canvases draw with (controls take theirs from {@code studio.css}). Chosen to read on a
 * projector: strong contrast on white, and a colour-blind-safe diverging pair (Okabe-Ito blue and
 * vermilion) for the sign of a weight or a gradient.
 */
public final class Palette {
    private Palette() {
    }

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color TEXT = Color.web("#1a1a1a");
    public static final Color MUTED_TEXT = Color.web("#5f6368");
    public static final Color AXIS = Color.web("#3c4043");
    public static final Color GRID = Color.web("#e3e5e8");

    /** Positive values: Okabe-Ito blue. */
    public static final Color POSITIVE = Color.web("#0072B2");
    /** Negative values: Okabe-Ito vermilion. */
    public static final Color NEGATIVE = Color.web("#D55E00");

    public static final Color CURVE = Color.web("#0072B2");
    public static final Color INITIAL_CURVE = Color.web("#0072B2", 0.30);
    public static final Color POINT = Color.web("#1a1a1a");
    public static final Color SELECTED = Color.web("#E69F00");
    public static final Color RESIDUAL = Color.web("#D55E00", 0.8);

    public static final Color LOSS = Color.web("#009E73");
    public static final Color LOSS_BAND = Color.web("#009E73", 0.25);
    public static final Color RATE_MARK = Color.web("#CC79A7");
    /** Where training went on after an edit: Okabe-Ito vermilion, apart from the rate marks' pink. */
    public static final Color EDIT_MARK = Color.web("#D55E00");

    public static final Color NEURON_FILL = Color.web("#f8f9fa");
    public static final Color NEURON_STROKE = Color.web("#3c4043");
    public static final Color BIAS_FILL = Color.web("#fff4d6");
    public static final Color HIGHLIGHT = Color.web("#E69F00");

    /** The colour of a signed value: blue when positive, vermilion when negative. */
    public static Color signed(double value) {
        return value < 0 ? NEGATIVE : POSITIVE;
    }

    /** A hidden neuron's own curve h(x) in the diagram: Okabe-Ito bluish green, apart from the sign pair. */
    public static final Color NEURON_CURVE = Color.web("#009E73");
    /** Edges the stepper's current phase does not use: present, but out of the way. */
    public static final Color FADED_EDGE = Color.web("#d5d8dc");
    /**
     * One colour per last-hidden neuron's term a·h in the regression plot, distinct from the curve's
     * blue, the residuals' vermilion and the selection's orange: Okabe-Ito and Tol colours that stay
     * apart for the common colour blindnesses. Cycled (and dashed) beyond six.
     */
    public static final List<Color> CONTRIBUTIONS = List.of(Color.web("#CC79A7"),
            Color.web("#56B4E9"), Color.web("#882255"), Color.web("#999933"), Color.web("#332288"),
            Color.web("#44AA99"));

    /**
     * One colour per compared run, its curve and its loss: the first the curve's own blue, then
     * Okabe-Ito bluish green and reddish purple and Tol's olive; apart from the data's black, the
     * residuals' vermilion and the selection's orange, and from each other for the common colour
     * blindnesses.
     */
    public static final List<Color> RUNS = List.of(Color.web("#0072B2"), Color.web("#009E73"),
            Color.web("#CC79A7"), Color.web("#999933"));

    /** The output map's low end and first class (0, or -1): the sign pair's vermilion. */
    public static final Color MAP_LOW = NEGATIVE;
    /** The output map's high end and second class (1): the sign pair's blue. */
    public static final Color MAP_HIGH = POSITIVE;
    public static final Color MAP_MIDDLE = Color.WHITE;
    /** The decision boundary on the map, and the ring round each point on the field. */
    public static final Color BOUNDARY = Color.web("#1a1a1a");

    /** Compared run k's colour (from 0). */
    public static Color run(int k) {
        return RUNS.get(k % RUNS.size());
    }
}
