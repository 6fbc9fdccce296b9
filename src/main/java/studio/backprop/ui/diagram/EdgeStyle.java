package studio.backprop.ui.diagram;

import java.util.function.ToDoubleBiFunction;
import javafx.scene.paint.Color;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;

/**
 * The one place that turns an edge's number into a look: which number, its colour, its width and its
 * label. Showing gradients or last changes later is another instance with its own source and unit.
 */
final class EdgeStyle {
    static final double MIN_WIDTH = 0.5;
    static final double MAX_WIDTH = 10;

    static final EdgeStyle WEIGHT = new EdgeStyle("weight", "|w|", 1, new double[] {1, 5, 10},
            (s, e) -> e.value(s.network()));

    /** "weight": the legend says "positive weight". */
    final String noun;
    /** How the legend names a magnitude: |w|. */
    final String magnitudeSymbol;
    /** The magnitude that counts as 1 for the width: small for gradients, 1 for weights. */
    final double unit;
    /** The magnitudes the legend's width scale shows. */
    final double[] legendMagnitudes;

    private final ToDoubleBiFunction<TrainingSnapshot, Edge> source;

    private EdgeStyle(String noun, String magnitudeSymbol, double unit, double[] legendMagnitudes,
                      ToDoubleBiFunction<TrainingSnapshot, Edge> source) {
        this.source = source;
        this.noun = noun;
        this.magnitudeSymbol = magnitudeSymbol;
        this.unit = unit;
        this.legendMagnitudes = legendMagnitudes;
    }

    /** The number this style shows for an edge. */
    double value(TrainingSnapshot s, Edge e) {
        return source.applyAsDouble(s, e);
    }

    Color colour(double v) {
        return Double.isFinite(v) ? Palette.signed(v) : Palette.MUTED_TEXT;
    }

    /**
     * Square root so that both 0.1 and 10 are visible at once; clamped so a runaway weight cannot paint
     * over its neighbours.
     */
    double width(double v, double scale) {
        double m = Math.abs(v) / unit;
        double w = Double.isFinite(m) ? 0.5 + 1.2 * Math.sqrt(m) : MAX_WIDTH;
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, w)) * scale;
    }

    String label(double v) {
        return Numbers.weight(v);
    }
}
