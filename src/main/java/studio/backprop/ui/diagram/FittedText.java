package studio.backprop.ui.diagram;

import javafx.scene.text.Font;
import studio.backprop.ui.TextMetrics;

/**
 * A number written to fit the room the layout kept for it: a runaway value (8.5e8 on an edge, -1.46e37 in
 * a neuron) shrinks a little, loses digits where that is not enough, and never spills over its neighbours.
 *
 * @param text  what to write
 * @param font  the font to write it in: the one asked for, or a smaller size of it
 * @param width the text's width in that font, at most the room
 */
record FittedText(String text, Font font, double width) {
    /** Type shrinks this far before a number loses a digit: 8.5e8 a little smaller reads better than 9e8. */
    private static final double SLIGHTLY = 0.85;

    /**
     * @param text the number as its style writes it
     * @param v    the number (NaN for text that is not one), rewritten with fewer digits when the text is too
     *             wide and v is 1000 or more
     *             (below that, fewer digits would turn 931.0 into 9.3e2: smaller type reads better)
     * @param room the widest the text may be
     */
    static FittedText of(String text, double v, Font font, double room) {
        for (int digits = 2; digits >= 1 && Math.abs(v) >= 1000
                && SLIGHTLY * TextMetrics.width(text, font) > room; digits--) {
            text = Numbers.compact(v, digits);
        }
        double w = TextMetrics.width(text, font);
        for (int tries = 0; w > room && room > 0 && tries < 8; tries++) {
            font = new Font(font.getName(), font.getSize() * Math.min(room / w, 0.97));
            w = TextMetrics.width(text, font);
        }
        return new FittedText(text, font, w);
    }
}
