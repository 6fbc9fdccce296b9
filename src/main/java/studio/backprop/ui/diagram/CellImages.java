package studio.backprop.ui.diagram;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The matrices' pixels and images, one of each per grid, kept from frame to frame while the size holds.
 * Two images a grid in turn: the renderer may still be reading the last frame's while this one is written.
 */
final class CellImages {
    private int[][] pixels = new int[0][];
    private WritableImage[][] images = new WritableImage[0][];
    private int turn;

    /** Grid k's pixels for an image of w by h, kept if it was that size already. */
    int[] pixels(int k, int w, int h) {
        if (k >= pixels.length) {
            pixels = java.util.Arrays.copyOf(pixels, k + 1);
            images = java.util.Arrays.copyOf(images, k + 1);
        }
        if (images[k] == null || (int) images[k][0].getWidth() != w || (int) images[k][0].getHeight() != h) {
            pixels[k] = new int[w * h];
            images[k] = new WritableImage[] {new WritableImage(w, h), new WritableImage(w, h)};
        }
        return pixels[k];
    }

    /** Grid k's image with its pixels written: the first grid of a frame turns to the other image of each. */
    Image draw(int k, int[] pixels, int w, int h) {
        if (k == 0) {
            turn = 1 - turn;
        }
        WritableImage image = images[k][turn];
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return image;
    }
}
