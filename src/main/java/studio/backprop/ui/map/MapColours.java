package studio.backprop.ui.map;

import javafx.scene.paint.Color;
import studio.backprop.ui.Palette;

/**
 * The output map's diverging scale: the low class's vermilion through white to the high class's blue
 * (Okabe-Ito, apart for the common colour blindnesses). The field stays pale, so the points drawn on
 * it in the full colours stand out; a lookup table keeps a frame's thousands of cells cheap.
 */
public final class MapColours {
    /** How far the field goes towards the full colour at the scale's ends. */
    private static final double FIELD_DEPTH = 0.62;
    private static final int STEPS = 256;
    private static final int[] FIELD = new int[2 * STEPS + 1];

    static {
        for (int k = -STEPS; k <= STEPS; k++) {
            FIELD[k + STEPS] = argb(colour(k / (double) STEPS, FIELD_DEPTH));
        }
    }

    private MapColours() {
    }

    /** The field's colour at t from -1 (low) to 1 (high), as ARGB. */
    public static int field(double t) {
        return FIELD[(int) Math.round(Math.max(-1, Math.min(1, t)) * STEPS) + STEPS];
    }

    /** A point's colour at t: the full colour at the ends. */
    static Color point(double t) {
        return colour(t, 1);
    }

    private static Color colour(double t, double depth) {
        Color end = t < 0 ? Palette.MAP_LOW : Palette.MAP_HIGH;
        return Palette.MAP_MIDDLE.interpolate(end, Math.min(1, Math.abs(t)) * depth);
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
