package studio.backprop.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.TextMetrics;

/** A tick label as the axes write it: plain, or "10^e" and "2×10^e" with a raised exponent for log axes. */
final class TickLabel {
    private TickLabel() {
    }

    /** Draws a label centred vertically on y, aligned on x as asked. */
    static void draw(GraphicsContext g, String label, double x, double y, TextAlignment align, Font font) {
        double w = width(label, font);
        double start = align == TextAlignment.RIGHT ? x - w : align == TextAlignment.CENTER ? x - w / 2 : x;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int power = label.indexOf("10^");
        if (power >= 0) {
            String base = label.substring(0, power + 2);
            g.setFont(font);
            g.fillText(base, start, y);
            g.setFont(superscript(font));
            g.fillText(label.substring(power + 3), start + TextMetrics.width(base, font), y - font.getSize() * 0.4);
        } else {
            g.setFont(font);
            g.fillText(label, start, y);
        }
    }

    private static Font superscript(Font font) {
        return Font.font(font.getFamily(), font.getSize() * 0.75);
    }

    /** The width the label takes when drawn. */
    static double width(String label, Font font) {
        int power = label.indexOf("10^");
        if (power >= 0) {
            return TextMetrics.width(label.substring(0, power + 2), font)
                    + TextMetrics.width(label.substring(power + 3), superscript(font));
        }
        return TextMetrics.width(label, font);
    }
}
