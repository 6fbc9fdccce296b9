package studio.backprop.ui.diagram;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleBiFunction;
import javafx.scene.paint.Color;
import studio.backprop.ui.Palette;

/**
 * The one place that turns an edge's number into a look: which number, its colour, its width, its
 * label and what the legend calls it. One instance per {@link EdgeMode}, and two more for the phase
 * stepper's sum and update.
 */
final class EdgeStyle {
    static final double MIN_WIDTH = 0.5;
    static final double MAX_WIDTH = 10;
    /** The widest line of a relative style: its largest value. Below MAX_WIDTH, so it never swamps a neighbour. */
    static final double RELATIVE_WIDTH = 8;

    static final EdgeStyle WEIGHT = new EdgeStyle("positive weight", "negative weight", "|w|", false,
            Numbers::weight, "-0.00", (f, e) -> e.value(f.snapshot().network()));
    static final EdgeStyle GRADIENT = relative("positive gradient", "negative gradient", "|dRSS/dw|",
            (f, e) -> e.gradient(f.gradient()));
    static final EdgeStyle CHANGE = relative("weight went up", "weight went down", "|change|",
            (f, e) -> e.lastChange(f.snapshot()));
    static final EdgeStyle POINT_SHARE = relative("positive at this point", "negative at this point",
            "|dRSS/dw at the point|", Frame::pointGradient);
    /** The stepper's sum: the gradient of the iteration about to be made. */
    static final EdgeStyle SUMMED = relative("positive gradient", "negative gradient", "|summed dRSS/dw|",
            (f, e) -> e.gradient(f.trace().gradient()));
    /** The stepper's update: with four digits, or 9.996 would read as the 10 it was. */
    static final EdgeStyle UPDATED = new EdgeStyle("positive new weight", "negative new weight", "|w|", false,
            Numbers::updated, "-0.0000", (f, e) -> e.value(f.trace().updated()));

    /** All of them, for a layout that must leave room for whichever the stepper shows. */
    static final List<EdgeStyle> PHASE_STYLES = List.of(WEIGHT, POINT_SHARE, SUMMED, UPDATED);

    private static final double[] WEIGHT_MAGNITUDES = {1, 5, 10};

    final String positive;
    final String negative;
    /** How the legend names a magnitude: |w|. */
    final String magnitudeSymbol;
    /**
     * Widths relative to the largest value in the network, for gradients and changes: they are tiny and
     * their size shrinks as training goes on, so any fixed unit would leave the lines hairlines.
     */
    final boolean relative;
    /** The widest label this style writes, so the layout can place labels once for every value. */
    final String widestLabel;

    private final DoubleFunction<String> format;
    private final ToDoubleBiFunction<Frame, Edge> source;

    private EdgeStyle(String positive, String negative, String magnitudeSymbol, boolean relative,
                      DoubleFunction<String> format, String widestLabel, ToDoubleBiFunction<Frame, Edge> source) {
        this.positive = positive;
        this.negative = negative;
        this.magnitudeSymbol = magnitudeSymbol;
        this.relative = relative;
        this.format = format;
        this.widestLabel = widestLabel;
        this.source = source;
    }

    private static EdgeStyle relative(String positive, String negative, String magnitudeSymbol,
                                      ToDoubleBiFunction<Frame, Edge> source) {
        return new EdgeStyle(positive, negative, magnitudeSymbol, true, Numbers::gradient, "-0.00123", source);
    }

    static EdgeStyle of(EdgeMode mode) {
        return switch (mode) {
            case WEIGHT -> WEIGHT;
            case GRADIENT -> GRADIENT;
            case CHANGE -> CHANGE;
            case POINT_SHARE -> POINT_SHARE;
        };
    }

    /** The number this style shows for an edge. */
    double value(Frame f, Edge e) {
        return source.applyAsDouble(f, e);
    }

    /** The largest |value| over some edges: what a relative style's widest line stands for. */
    double largest(Frame f, Iterable<Edge> edges) {
        double m = 0;
        for (Edge e : edges) {
            double v = Math.abs(value(f, e));
            m = Double.isFinite(v) ? Math.max(m, v) : m;
        }
        return m;
    }

    Color colour(double v) {
        return Double.isFinite(v) && v != 0 ? Palette.signed(v) : Palette.MUTED_TEXT;
    }

    /**
     * Square root so that both a tenth and ten times the typical value are visible at once; clamped so a
     * runaway weight cannot paint over its neighbours.
     *
     * @param largest the largest |value| in the network, for a relative style
     */
    double width(double v, double largest, double scale) {
        double m = relative ? (largest > 0 ? Math.abs(v) / largest : 0) : Math.abs(v);
        double w = !Double.isFinite(m) ? MAX_WIDTH
                : relative ? MIN_WIDTH + (RELATIVE_WIDTH - MIN_WIDTH) * Math.sqrt(m) : 0.5 + 1.2 * Math.sqrt(m);
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w)) * scale;
    }

    String label(double v) {
        return format.apply(v);
    }

    /** The magnitudes the legend's width scale shows: fixed for weights, the largest for the rest. */
    double[] legendMagnitudes(double largest) {
        return relative ? new double[] {largest} : WEIGHT_MAGNITUDES;
    }

    /** "line width  |w| =" or "line width  |dRSS/dw| up to". */
    String scaleCaption() {
        return "line width  " + magnitudeSymbol + (relative ? " up to" : " =");
    }

    /** A magnitude as the legend writes it. */
    String magnitude(double m) {
        return relative ? Numbers.gradient(m) : Numbers.precise(m);
    }
}
