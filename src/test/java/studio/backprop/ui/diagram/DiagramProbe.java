package studio.backprop.ui.diagram;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import studio.backprop.ui.chart.Pixels;

/** What the diagram drew in one neuron's map, for tests of other packages (the whole window). */
public final class DiagramProbe {
    private DiagramProbe() {
    }

    /** The ARGB pixels where neuron i of layer l draws its map, as drawn now. */
    public static int[] neuronMap(NetworkDiagramView view, int l, int i) {
        Image image = Pixels.grab(view.canvas());
        Layout layout = view.diagramLayout();
        Node n = layout.neuron(l, i);
        Layout.Box box = layout.mapBox(n);
        if (layout.valueOnMap(n)) { // the map below the value's tab, which changes with the value alone
            double tab = layout.plateHeight + 4 * layout.scale;
            box = new Layout.Box(box.x(), box.y() + tab, box.w(), box.h() - tab);
        }
        PixelReader r = image.getPixelReader();
        int inset = 3; // inside the border, whose antialiasing shows the edges beneath
        int w = (int) box.w() - 2 * inset;
        int h = (int) box.h() - 2 * inset;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = r.getArgb((int) box.x() + inset + x, (int) box.y() + inset + y);
            }
        }
        return argb;
    }
}
