package studio.backprop.ui.diagram;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/** The rows under the network: which point the values belong to, then what colour and width mean. */
final class DiagramLegend {
    private static final double SAMPLE = 26;
    private static final double GAP = 6;
    private static final double SPACE = 22;

    private DiagramLegend() {
    }

    /** Width of "[blue] positive weight   [vermilion] negative weight". */
    static double signWidth(Fonts f, EdgeStyle style, double scale) {
        return 2 * (SAMPLE + GAP) * scale + SPACE * scale
                + TextMetrics.width(style.positive, f.caption()) + TextMetrics.width(style.negative, f.caption());
    }

    /** Width of "line width: |w| = 1 [line] 5 [line] 10 [line]", for a relative style at its widest number. */
    static double scaleWidth(Fonts f, EdgeStyle style, double scale) {
        double w = TextMetrics.width(style.scaleCaption(), f.caption());
        for (double m : style.legendMagnitudes(1)) {
            String number = style.relative ? style.widestLabel : style.magnitude(m);
            w += (2 * GAP + SAMPLE + SPACE / 2) * scale + TextMetrics.width(number, f.caption());
        }
        return w;
    }

    /** Whether the colours and the width scale of every one of these styles fit on one row. */
    static boolean fitsOneRow(Fonts f, List<EdgeStyle> styles, double scale, double width) {
        return styles.stream().allMatch(st -> signWidth(f, st, scale) + 3 * f.lineHeight()
                + scaleWidth(f, st, scale) <= width);
    }

    /** What the legend says, its parts joined by three spaces: for tests and screen readers alike. */
    static String text(EdgeStyle style, double largest) {
        StringBuilder b = new StringBuilder(style.positive + "   " + style.negative + "   " + scaleCaption(style, largest));
        if (!allZero(style, largest)) {
            for (double m : style.legendMagnitudes(largest)) {
                b.append(' ').append(style.magnitude(m));
            }
        }
        return b.toString();
    }

    /** Before the first iteration there is no gradient: "up to 0" would read as a converged network. */
    private static boolean allZero(EdgeStyle style, double largest) {
        return style.relative && !(largest > 0);
    }

    private static String scaleCaption(EdgeStyle style, double largest) {
        return allZero(style, largest) ? "line width  " + style.magnitudeSymbol + ": all 0 so far" : style.scaleCaption();
    }

    static void draw(GraphicsContext g, Layout layout, EdgeStyle style, double largest) {
        Fonts f = layout.frameFonts;
        double s = layout.frameScale;
        double lineY = layout.legendY + f.lineHeight() / 2 - 1;
        g.setFont(f.caption());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
        double x = layout.pad;
        x = sample(g, x, lineY, Palette.POSITIVE, 4 * s, s);
        x = text(g, style.positive, x, lineY, f) + SPACE * s;
        x = sample(g, x, lineY, Palette.NEGATIVE, 4 * s, s);
        x = text(g, style.negative, x, lineY, f) + SPACE * s;

        if (layout.legendScaleY != layout.legendY) {
            x = layout.pad;
            lineY = layout.legendScaleY + f.lineHeight() / 2 - 1;
        } else {
            x += SPACE * s;
        }
        x = text(g, scaleCaption(style, largest), x, lineY, f);
        if (!allZero(style, largest)) {
            for (double m : style.legendMagnitudes(largest)) {
                x = text(g, style.magnitude(m), x + GAP * s, lineY, f);
                x = sample(g, x + GAP * s, lineY, Palette.NEURON_STROKE, style.width(m, largest, s), s)
                        + SPACE / 2 * s;
            }
        }
        g.setTextBaseline(VPos.TOP);
    }

    private static double sample(GraphicsContext g, double x, double y, Color c, double width,
                                 double s) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.strokeLine(x, y, x + SAMPLE * s, y);
        return x + (SAMPLE + GAP) * s;
    }

    private static double text(GraphicsContext g, String t, double x, double y, Fonts f) {
        g.setFill(Palette.TEXT);
        g.fillText(t, x, y);
        return x + TextMetrics.width(t, f.caption());
    }
}
