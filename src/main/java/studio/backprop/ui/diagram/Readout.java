package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/**
 * What hovering tells: for an edge its value, dRSS/d(it) of the last iteration and the change that
 * iteration made; for a neuron Sigma, h and its bias at the selected point. Names are the chapter's,
 * 1-based.
 */
final class Readout {
    private Readout() {
    }

    /**
     * The read-out's lines; empty for no hit.
     *
     * @param pointShare whether to add the selected point's share of the next iteration's gradient
     */
    static List<String> lines(Layout.Hit hit, Frame f, boolean pointShare) {
        if (hit == null) {
            return List.of();
        }
        TrainingSnapshot s = f.snapshot();
        Predictor at = f.at();
        int point = f.point();
        if (hit.edge() != null) {
            Edge e = hit.edge();
            String value = e.name() + " = " + Numbers.precise(e.value(s.network()));
            String d = "dRSS/d" + (e.isBias() ? "b" : "a");
            List<String> lines = new ArrayList<>(List.of(value));
            if (!s.gradientKnown()) {
                // the snapshot's zero gradient would read as "already at a minimum": these weights' instead
                lines.add(d + " = " + Numbers.precise(e.gradient(f.gradient())) + " at these weights");
                lines.add("its change: after the next iteration");
            } else {
                lines.add(d + " = " + Numbers.precise(e.gradient(s.gradient())));
                lines.add("last change = " + Numbers.precise(e.lastChange(s)));
            }
            if (pointShare) {
                lines.add(share(f, e, d));
            }
            return lines;
        }
        Node n = hit.node();
        int l = n.layer();
        String where = "at point " + (point + 1) + " (x = " + Numbers.precise(s.data().x(point)) + ")";
        if (n.isBias()) {
            return List.of("bias node of layer " + l + ": always 1",
                    "its edges carry the biases b_" + (l + 1) + ",i");
        }
        if (l == 0) {
            return List.of("x = " + Numbers.precise(at.h(0, n.index())), "input " + where);
        }
        String li = l + "," + (n.index() + 1);
        String h = "h_" + li + " = " + Numbers.precise(at.h(l, n.index()));
        if (l == s.network().depth()) {
            h = "f(x) = " + h + "   (y = " + Numbers.precise(s.data().y(point)) + ")";
        }
        return List.of(h, "Σ_" + li + " = " + Numbers.precise(at.sigma(l, n.index())),
                "b_" + li + " = " + Numbers.precise(s.network().bias(l, n.index())), where);
    }

    /** "point 1's dRSS/da = 0.161389: 41% of the next sum 0.391076". */
    private static String share(Frame f, Edge e, String d) {
        double own = f.pointGradient(e);
        double sum = e.gradient(f.trace().gradient());
        String of = sum == 0 ? "" : ": " + Math.round(100 * own / sum) + "% of the next sum " + Numbers.precise(sum);
        return "point " + (f.point() + 1) + "'s " + d + " = " + Numbers.precise(own) + of;
    }

    /** A box of the lines beside the pointer, flipped to stay on the canvas. */
    static void draw(GraphicsContext g, Layout layout, Layout.Hit hit, List<String> lines, double mouseX,
                     double mouseY) {
        if (lines.isEmpty()) {
            return;
        }
        double[] size = size(layout.fonts, layout.pad, lines);
        drawBox(g, layout.fonts, layout.scale, layout.pad, lines,
                CalloutSpot.near(layout, hit, size[0], size[1], mouseX, mouseY));
    }

    /** The width and height of a box of these lines. */
    static double[] size(Fonts f, double pad, List<String> lines) {
        double w = lines.stream().mapToDouble(t -> TextMetrics.width(t, f.caption())).max().orElse(0) + 2 * pad;
        return new double[] {w, lines.size() * f.lineHeight() + pad};
    }

    /** The lines on a white box with an orange border. */
    static void drawBox(GraphicsContext g, Fonts f, double s, double pad, List<String> lines, Layout.Box box) {
        double lh = f.lineHeight();
        double x = box.x();
        double y = box.y();
        g.setFill(Color.rgb(255, 255, 255, 0.95));
        g.fillRoundRect(x, y, box.w(), box.h(), 8 * s, 8 * s);
        g.setStroke(Palette.HIGHLIGHT);
        g.setLineWidth(2 * s);
        g.strokeRoundRect(x, y, box.w(), box.h(), 8 * s, 8 * s);
        g.setFont(f.caption());
        g.setFill(Palette.TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int k = 0; k < lines.size(); k++) {
            g.fillText(lines.get(k), x + pad, y + pad / 2 + k * lh + (lh - TextMetrics.height(f.caption())) / 2);
        }
    }
}
