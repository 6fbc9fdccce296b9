package studio.backprop.ui.diagram;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/**
 * Under the matrices, the graph's legend in colours: which colour is which sign, then how deep a colour a
 * magnitude gets (|w| = 1, 5, 10 for the weights; the largest for a gradient or a change), and a hint.
 */
final class MatrixLegend {
    private static final String[] HINTS = {
        "rows: neurons of layer l · columns: neurons of layer l-1 · hover a cell for its a_lij, gradient and change",
        "a row per neuron of layer l, a column per neuron of layer l-1 · hover a cell", "hover a cell for its value"};

    private MatrixLegend() {
    }

    /** @param full the magnitude at full colour */
    static void draw(GraphicsContext g, MatrixLayout lay, EdgeStyle style, double largest, double full) {
        Fonts f = lay.fonts;
        double s = lay.scale;
        double y = lay.legendY + f.lineHeight() / 2;
        double x = lay.pad;
        g.setFont(f.caption());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        x = swatch(g, x, y, Palette.POSITIVE, s);
        x = text(g, style.positive, x, y, f) + 22 * s;
        x = swatch(g, x, y, Palette.NEGATIVE, s);
        x = text(g, style.negative, x, y, f) + 30 * s;
        if (style.relative && !(largest > 0)) {
            text(g, "colour  " + style.magnitudeSymbol + ": all 0 so far", x, y, f);
        } else {
            x = text(g, "colour  " + style.magnitudeSymbol + (style.relative ? " up to" : " ="), x, y, f);
            double[] magnitudes = style.relative ? style.legendMagnitudes(largest) : new double[] {full / 10, full / 2, full};
            for (double m : magnitudes) {
                x = text(g, style.magnitude(m), x + 6 * s, y, f);
                x = swatch(g, x + 6 * s, y, MatrixDrawing.shade(m, full), s) + 8 * s;
            }
        }
        g.setFill(Palette.MUTED_TEXT);
        for (String hint : HINTS) {
            if (TextMetrics.width(hint, f.caption()) <= lay.width - 2 * lay.pad || hint == HINTS[HINTS.length - 1]) {
                g.fillText(hint, lay.pad, y + f.lineHeight());
                break;
            }
        }
        g.setTextBaseline(VPos.TOP);
    }

    private static double swatch(GraphicsContext g, double x, double y, Color c, double s) {
        double side = 14 * s;
        g.setFill(c);
        g.fillRect(x, y - side / 2, side, side);
        g.setStroke(Palette.GRID);
        g.setLineWidth(1);
        g.strokeRect(x, y - side / 2, side, side);
        return x + side + 6 * s;
    }

    private static double text(GraphicsContext g, String t, double x, double y, Fonts f) {
        g.setFill(Palette.TEXT);
        g.fillText(t, x, y);
        return x + TextMetrics.width(t, f.caption());
    }
}
