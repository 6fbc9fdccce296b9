package studio.backprop.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes of text drawn on the canvases, each measured once per font: the views ask for the same tick
 * labels, captions and values on every frame, and a measurement lays the text out in a scene-less
 * {@link Text}. Safe from any thread (layouts are also computed off the FX thread in tests).
 */
public final class TextMetrics {
    /** Texts kept per font before its cache starts afresh: numbers that change while training come and go. */
    private static final int LIMIT = 4096;
    private static final Map<Font, Map<String, Double>> WIDTHS = new ConcurrentHashMap<>();
    private static final Map<Font, Double> HEIGHTS = new ConcurrentHashMap<>();

    private TextMetrics() {
    }

    public static double width(String text, Font font) {
        Map<String, Double> byText = WIDTHS.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
        Double width = byText.get(text);
        if (width == null) {
            if (byText.size() >= LIMIT) {
                byText.clear();
            }
            width = bounds(text, font).getWidth();
            byText.put(text, width);
        }
        return width;
    }

    /** The height of a line of digits in this font. */
    public static double height(Font font) {
        return HEIGHTS.computeIfAbsent(font, f -> bounds("0", f).getHeight());
    }

    private static Bounds bounds(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds();
    }
}
