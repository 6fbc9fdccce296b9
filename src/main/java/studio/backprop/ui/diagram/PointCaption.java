package studio.backprop.ui.diagram;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import studio.backprop.engine.DataSet;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/**
 * The row under the network: which point the neurons' values belong to ("values for point 3:  x = 0.5,
 * ..."), and on its right, while edge labels are hidden, a hint to hover them. Both fit the row: the
 * caption drops words before it shrinks, and the hint shows only where it does not touch the caption.
 *
 * @param text the caption as drawn
 * @param font its font: the layout's, or smaller where even its shortest form is too wide
 * @param hint the hint as drawn, or null
 */
record PointCaption(String text, Font font, String hint) {
    private static final String[] HINTS = {"hover an edge to see its value", "hover for values"};
    /** Where the neurons are discs: their values too are on hover, and the matrices show every weight. */
    private static final String[] DENSE_HINTS = {"hover for a value; Matrices shows every weight", "hover for values"};
    /** Where the neurons' maps are too small to carry their values as well. */
    private static final String[] NEURON_HINTS = {"hover a neuron to see its value", "hover for values"};
    private static final String[] BOTH_HINTS = {"hover a neuron or an edge for its value", "hover for values"};

    /**
     * The caption of a point of any data set: x a vector "(x1, x2)" for two inputs.
     *
     * @param point        the selected point, from 0
     * @param fx           f(x) at it
     * @param hinted       whether the edge labels are hidden, so the hint is wanted
     * @param valuesHidden whether the neurons' values show on hover only (their maps leave no room)
     */
    static PointCaption of(Layout layout, DataSet data, int point, double fx, boolean hinted, boolean valuesHidden) {
        String x = data.inputs() == 1 ? Numbers.precise(data.x(point))
                : "(" + Numbers.precise(data.x(point, 0)) + ", " + Numbers.precise(data.x(point, 1)) + ")";
        return of(layout, point, x, data.y(point), fx, hinted, valuesHidden);
    }

    private static PointCaption of(Layout layout, int point, String x, double y, double fx, boolean hinted,
                                   boolean valuesHidden) {
        String values = "x = " + x + ",  y = " + Numbers.precise(y) + ",  f(x) = " + Numbers.output(fx);
        String[] forms = {"values for point " + (point + 1) + ":  " + values, "point " + (point + 1) + ":  " + values,
            "point " + (point + 1) + ": " + values.replace(",  ", ", ")};
        Font bold = layout.frameFonts.captionBold();
        double room = layout.width - 2 * layout.pad;
        String text = forms[forms.length - 1];
        for (String form : forms) {
            if (TextMetrics.width(form, bold) <= room) {
                text = form;
                break;
            }
        }
        FittedText fitted = FittedText.of(text, Double.NaN, bold, room);
        String hint = null;
        double left = room - fitted.width() - 2 * layout.pad;
        String[] hints = layout.dense ? DENSE_HINTS : !valuesHidden ? HINTS : hinted ? BOTH_HINTS : NEURON_HINTS;
        for (int k = 0; (hinted || valuesHidden || layout.dense) && hint == null && k < hints.length; k++) {
            hint = TextMetrics.width(hints[k], layout.frameFonts.caption()) <= left ? hints[k] : null;
        }
        return new PointCaption(fitted.text(), fitted.font(), hint);
    }

    void draw(GraphicsContext g, Layout layout) {
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(font);
        g.setFill(Palette.TEXT);
        g.fillText(text, layout.pad, layout.pointCaptionY);
        if (hint != null) {
            g.setFont(layout.frameFonts.caption());
            g.setFill(Palette.MUTED_TEXT);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(hint, layout.width - layout.pad, layout.pointCaptionY);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }
}
