package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Feature;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/**
 * The input neurons' names, left of each: x1 and x2 for two inputs, the features when the network sees
 * features (x1², x1·x2, sin πx1). The chapter's single input needs none: its column says "input x", and
 * its diagram stays as it always was.
 */
final class InputNames {
    private InputNames() {
    }

    /** One name per input neuron, or none for a single plain input. */
    static List<String> of(Architecture a) {
        List<String> names = new ArrayList<>();
        if (a.features() != null) {
            a.features().list().forEach(f -> names.add(shown(f)));
        } else if (a.size(0) > 1) {
            for (int k = 1; k <= a.size(0); k++) {
                names.add("x" + k);
            }
        }
        return names;
    }

    /** As a class reads it on the diagram: the command line's ids with their powers and products set. */
    static String shown(Feature f) {
        return f.id().replace("sin(pi*", "sin π").replace(")", "").replace("^2", "²").replace("^3", "³")
                .replace("*", "·");
    }

    /**
     * How far left of the input column's centres the names reach: 0 when there are none.
     *
     * @param half half the neuron's width: its radius, or its value's plate where the value is wider
     */
    static double reach(Architecture a, Fonts fonts, double half, double scale) {
        double widest = of(a).stream().mapToDouble(n -> TextMetrics.width(n, fonts.caption())).max().orElse(0);
        return widest == 0 ? 0 : half + gap(scale) + widest;
    }

    private static double gap(double scale) {
        return 4 * scale;
    }

    private static double half(Layout lay, Node n) {
        return lay.valuesInside ? n.radius() : Math.max(n.radius(), lay.plateWidth / 2);
    }

    static void draw(GraphicsContext g, Layout lay) {
        List<String> names = of(lay.architecture);
        g.setFont(lay.fonts.caption());
        g.setFill(Palette.TEXT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < names.size(); i++) {
            Node n = lay.neurons[0][i];
            g.fillText(names.get(i), n.x() - half(lay, n) - gap(lay.scale), n.y());
        }
    }
}
