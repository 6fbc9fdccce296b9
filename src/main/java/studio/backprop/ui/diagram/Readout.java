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

    /**
     * Beside the pointer, in whichever corner around it covers the fewest nodes, so the read-out hides
     * as little as possible of what it explains.
     */
    private static Layout.Box place(Layout layout, Layout.Hit hit, double w, double h, double mx, double my) {
        double s = layout.scale;
        List<double[]> corners = new ArrayList<>(List.of(new double[] {mx + 16 * s, my + 18 * s},
                new double[] {mx + 16 * s, my - 12 * s - h}, new double[] {mx - 16 * s - w, my + 18 * s},
                new double[] {mx - 16 * s - w, my - 12 * s - h}, new double[] {mx - w / 2, my + 22 * s},
                new double[] {mx - w / 2, my - 16 * s - h}));
        if (hit.node() != null) {
            // beside the node rather than the pointer, which sits inside it
            Node n = hit.node();
            double beside = Math.max(n.radius(), layout.plateWidth / 2) + 10 * s;
            corners.add(0, new double[] {n.x() + beside, n.y() - h / 2});
            corners.add(1, new double[] {n.x() - beside - w, n.y() - h / 2});
        }
        Layout.Box best = null;
        double least = Double.MAX_VALUE;
        for (double[] c : corners) {
            double x = Math.max(2, Math.min(c[0], layout.width - w - 2));
            double y = Math.max(2, Math.min(c[1], layout.height - h - 2));
            Layout.Box box = new Layout.Box(x, y, w, h);
            double cost = 0;
            for (Node[] l : layout.neurons) {
                for (Node n : l) {
                    if (box.intersects(layout.plate(n)) || box.intersects(Layout.around(n, 0))) {
                        boolean pointedAt = n.equals(hit.node()) || hit.edge() != null && hit.edge().touches(n);
                        cost += pointedAt ? 10 : 1;
                    }
                }
            }
            if (y < layout.networkTop) {
                cost += 2; // over the layer captions
            }
            if (hit.edge() != null && box.intersects(layout.labelBoxAt(hit.edge(), 0.3))) {
                cost += 10;
            }
            // moving it back onto the canvas may have put it under the pointer
            cost += box.contains(mx, my) ? 100 : 0;
            cost += Math.hypot(x + w / 2 - mx, y + h / 2 - my) / 1000; // ties go to the nearest
            if (cost < least) {
                least = cost;
                best = box;
            }
        }
        return best;
    }

    /** A box of the lines beside the pointer, flipped to stay on the canvas. */
    static void draw(GraphicsContext g, Layout layout, Layout.Hit hit, List<String> lines, double mouseX,
                     double mouseY) {
        if (lines.isEmpty()) {
            return;
        }
        Fonts f = layout.fonts;
        double s = layout.scale;
        double lh = f.lineHeight();
        double w = lines.stream().mapToDouble(t -> TextMetrics.width(t, f.caption())).max().orElse(0) + 2 * layout.pad;
        double h = lines.size() * lh + layout.pad;
        Layout.Box box = place(layout, hit, w, h, mouseX, mouseY);
        double x = box.x();
        double y = box.y();
        g.setFill(Color.rgb(255, 255, 255, 0.95));
        g.fillRoundRect(x, y, w, h, 8 * s, 8 * s);
        g.setStroke(Palette.HIGHLIGHT);
        g.setLineWidth(2 * s);
        g.strokeRoundRect(x, y, w, h, 8 * s, 8 * s);
        g.setFont(f.caption());
        g.setFill(Palette.TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int k = 0; k < lines.size(); k++) {
            g.fillText(lines.get(k), x + layout.pad, y + layout.pad / 2 + k * lh + (lh - TextMetrics.height(f.caption())) / 2);
        }
    }
}
