package studio.backprop.ui.diagram;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Predictor;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.Palette;

/** Draws one frame on a {@link Layout}: the only per-frame work is mapping numbers to looks. */
final class Painter {
    private static final Color HALO = Color.rgb(255, 255, 255, 0.92);

    private final GraphicsContext g;
    private final Layout layout;
    private final TrainingSnapshot s;
    private final EdgeStyle style;
    private final Predictor at;
    private final Layout.Hit hover;
    private final double sc;

    Painter(GraphicsContext g, Layout layout, TrainingSnapshot s, EdgeStyle style, Predictor at, Layout.Hit hover) {
        this.g = g;
        this.layout = layout;
        this.s = s;
        this.style = style;
        this.at = at;
        this.hover = hover;
        this.sc = layout.scale;
    }

    void edges() {
        g.setLineCap(StrokeLineCap.ROUND);
        Edge hovered = hover == null ? null : hover.edge();
        for (Edge e : layout.edges) {
            if (e != hovered) {
                stroke(e);
            }
        }
        if (hovered != null) {
            // drawn last, over a halo, so a thin edge under a thick one can still be picked out
            g.setStroke(Palette.HIGHLIGHT);
            g.setLineWidth(style.width(style.value(s, hovered), sc) + 6 * sc);
            g.strokeLine(hovered.x1(), hovered.y1(), hovered.x2(), hovered.y2());
            stroke(hovered);
        }
    }

    private void stroke(Edge e) {
        double v = style.value(s, e);
        g.setStroke(style.colour(v));
        g.setLineWidth(style.width(v, sc));
        g.strokeLine(e.x1(), e.y1(), e.x2(), e.y2());
    }

    void nodes() {
        Edge hovered = hover == null ? null : hover.edge();
        for (Node[] layer : layout.neurons) {
            for (Node n : layer) {
                boolean lit = hover != null && n.equals(hover.node()) || hovered != null && hovered.touches(n);
                neuron(n, lit);
            }
        }
        for (Node b : layout.biases) {
            if (b != null) {
                boolean lit = hover != null && b.equals(hover.node())
                        || hovered != null && hovered.isBias() && hovered.layer() == b.layer() + 1;
                bias(b, lit);
            }
        }
    }

        private void neuron(Node n, boolean lit) {
        double r = n.radius();
        g.setFill(Palette.NEURON_FILL);
        g.fillOval(n.x() - r, n.y() - r, 2 * r, 2 * r);
        g.setStroke(lit ? Palette.HIGHLIGHT : Palette.NEURON_STROKE);
        g.setLineWidth((lit ? 3.5 : 1.5) * sc);
        g.strokeOval(n.x() - r, n.y() - r, 2 * r, 2 * r);

        String value = valueText(at, n);
        double textWidth = Fonts.width(value, layout.fonts.value());
        if (!layout.valuesInside || textWidth + 4 * sc > 2 * r) {
            double w = Math.max(layout.plateWidth, textWidth + 8 * sc);
            double h = layout.plateHeight;
            g.setFill(HALO);
            g.fillRoundRect(n.x() - w / 2, n.y() - h / 2, w, h, 6 * sc, 6 * sc);
            g.setStroke(Palette.NEURON_STROKE);
            g.setLineWidth(sc);
            g.strokeRoundRect(n.x() - w / 2, n.y() - h / 2, w, h, 6 * sc, 6 * sc);
        }
        centred(value, n.x(), n.y(), layout.fonts.value(), Palette.TEXT);
    }

    /** What a neuron shows: its output h at the selected point (x itself for the input). */
    static String valueText(Predictor at, Node n) {
        return Numbers.output(at.h(n.layer(), n.index()));
    }

    private void bias(Node b, boolean lit) {
        double h = b.radius();
        g.setFill(Palette.BIAS_FILL);
        g.fillRoundRect(b.x() - h, b.y() - h, 2 * h, 2 * h, h * 0.8, h * 0.8);
        g.setStroke(lit ? Palette.HIGHLIGHT : Palette.NEURON_STROKE);
        g.setLineWidth((lit ? 3 : 1.5) * sc);
        g.strokeRoundRect(b.x() - h, b.y() - h, 2 * h, 2 * h, h * 0.8, h * 0.8);
        centred("1", b.x(), b.y(), layout.fonts.bias(), Palette.TEXT);
    }

    /** Value labels on a white plate bordered in the edge's colour, which ties each label to its line. */
    void labels(boolean all) {
        Edge hovered = hover == null ? null : hover.edge();
        for (int k = 0; k < layout.edges.size(); k++) {
            Edge e = layout.edges.get(k);
            Layout.Box box = layout.labels[k];
            if (e == hovered) {
                label(e, box != null ? box : layout.labelBoxAt(e, 0.3), true);
            } else if (all && box != null) {
                label(e, box, false);
            }
        }
    }

    private void label(Edge e, Layout.Box box, boolean lit) {
        double v = style.value(s, e);
        double arc = 6 * sc;
        g.setFill(HALO);
        g.fillRoundRect(box.x(), box.y(), box.w(), box.h(), arc, arc);
        g.setStroke(lit ? Palette.HIGHLIGHT : style.colour(v));
        g.setLineWidth((lit ? 2.5 : 1.2) * sc);
        g.strokeRoundRect(box.x(), box.y(), box.w(), box.h(), arc, arc);
        centred(style.label(v), box.x() + box.w() / 2, box.y() + box.h() / 2, layout.fonts.label(), Palette.TEXT);
    }

    /** "hidden 1" over "sigmoid" above each column. */
    void captions() {
        Architecture a = layout.architecture;
        int depth = a.depth();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int l = 0; l <= depth; l++) {
            double x = layout.neurons[l][0].x();
            String name = l == 0 ? "input x" : l == depth ? "output f(x)" : "hidden " + l;
            g.setFont(layout.fonts.captionBold());
            g.setFill(Palette.TEXT);
            g.fillText(name, x, layout.captionY);
            if (l > 0) {
                g.setFont(layout.fonts.caption());
                g.setFill(Palette.MUTED_TEXT);
                g.fillText(a.activation(l).id(), x, layout.captionY + layout.fonts.lineHeight());
            }
        }
    }

    private void centred(String text, double x, double y, javafx.scene.text.Font font, Color colour) {
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }
}
