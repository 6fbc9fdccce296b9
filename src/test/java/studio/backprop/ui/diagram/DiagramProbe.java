package studio.backprop.ui.diagram;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import studio.backprop.ui.chart.Pixels;

/** What the diagram drew in one neuron's map, for tests of other packages (the whole window). */
public final class DiagramProbe {
    private DiagramProbe() {
    }

    /** The ARGB pixels of neuron i of layer l's map box, as drawn now; empty when it has none. */
    public static int[] neuronMap(NetworkDiagramView view, int l, int i) {
        Image image = Pixels.grab(view.canvas());
        Layout layout = view.diagramLayout();
        Layout.Box box = layout.mapBox(layout.neuron(l, i));
        if (box == null) {
            return new int[0];
        }
        PixelReader r = image.getPixelReader();
        int w = (int) box.w();
        int h = (int) box.h();
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = r.getArgb((int) box.x() + x, (int) box.y() + y);
            }
        }
        return argb;
    }
}
