package studio.backprop.ui.map;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.SnapshotParameters;
import studio.backprop.ui.chart.Chart;

/**
 * A class's point drawn once as a small picture and then copied for every point: the software renderer
 * rasterises two hundred stroked circles a frame several times slower than it copies as many pictures.
 * Used while training runs on points of a few colours; a paused map draws each circle for sharp pictures.
 */
final class PointSprites {
    private final Map<String, WritableImage> made = new HashMap<>();

    /** Draws the point of this colour and kind centred at (x, y). */
    void draw(javafx.scene.canvas.GraphicsContext g, Chart c, double x, double y, Color colour, boolean hollow) {
        double r = MapPoints.radius(c);
        String key = colour + (hollow ? " hollow " : " ") + r;
        WritableImage sprite = made.computeIfAbsent(key, k -> make(c, colour, hollow));
        double half = sprite.getWidth() / 2;
        g.drawImage(sprite, Math.round(x - half), Math.round(y - half));
    }

    private static WritableImage make(Chart c, Color colour, boolean hollow) {
        double size = Math.ceil(2 * MapPoints.radius(c) + 4);
        Canvas canvas = new Canvas(size, size);
        MapPoints.point(canvas.getGraphicsContext2D(), c, size / 2, size / 2, colour, hollow, 1);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }
}
