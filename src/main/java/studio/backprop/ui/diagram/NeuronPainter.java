package studio.backprop.ui.diagram;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/**
 * Draws one frame's neurons and bias nodes: each neuron's output for the selected point, its curve
 * h(x) when shown, and during a phase of the stepper the numbers that phase computes there.
 */
final class NeuronPainter {
    private final GraphicsContext g;
    private final Layout layout;
    private final Frame f;
    private final PhaseDisplay phase;
    private final NeuronCurves curves;
    private final Layout.Hit hover;
    private final double sc;

    /**
     * @param phase  the stepper's phase, or null
     * @param curves the sampled curves, or null when they are hidden
     */
    NeuronPainter(GraphicsContext g, Layout layout, Frame f, PhaseDisplay phase, NeuronCurves curves,
                  Layout.Hit hover) {
        this.g = g;
        this.layout = layout;
        this.f = f;
        this.phase = phase;
        this.curves = curves;
        this.hover = hover;
        this.sc = layout.scale;
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
        boolean active = phase != null && phase.lit(n);
        if (layout.dense) {
            disc(n, lit, active);
            return;
        }
        List<String> lines = active ? phase.lines(f, n) : null;
        Layout.Box map = curves == null || lines != null || !curves.maps() ? null : curves.box(layout, n);
        if (map != null) {
            mapNeuron(n, map, lit);
            return;
        }
        boolean plated = lines != null && lines.size() > 1;
        // a plate's orange border marks it: a ring round it would only poke out behind
        if (active && !plated) {
            double halo = r + 4 * sc;
            g.setStroke(Palette.HIGHLIGHT);
            g.setLineWidth(5 * sc);
            g.strokeOval(n.x() - halo, n.y() - halo, 2 * halo, 2 * halo);
        }
        g.setFill(Palette.NEURON_FILL);
        g.fillOval(n.x() - r, n.y() - r, 2 * r, 2 * r);
        g.setStroke(lit ? Palette.HIGHLIGHT : Palette.NEURON_STROKE);
        g.setLineWidth((lit ? 3.5 : 1.5) * sc);
        g.strokeOval(n.x() - r, n.y() - r, 2 * r, 2 * r);
        if (plated) {
            plate(n, lines);
            return;
        }
        if (lines == null && !lit && !layout.valuesApart) {
            return;
        }
        // a phase's number replaces h, and the curve of h with it
        Layout.Box box = curves == null || lines != null ? null : curves.box(layout, n);
        if (box != null) {
            curves.draw(g, box, n, f, sc);
        }
        FittedText value = lines == null ? valueText(n) : FittedText.of(lines.get(0), Double.NaN, layout.fonts.value(),
                layout.plateWidth - 8 * sc);
        double y = box == null ? n.y() : n.y() - 0.3 * r; // above its curve
        if (!layout.valuesInside || value.width() + 4 * sc > 2 * r) {
            valuePlate(n.x(), y, value, active);
        }
        Painter.centred(g, value.text(), n.x(), y, value.font(), Palette.TEXT);
    }

    /**
     * A hidden neuron over two inputs, drawn as its map. Its value rides on a tab across the map's top when
     * the map is large enough to keep most of it in sight, and shows on hover otherwise.
     */
    private void mapNeuron(Node n, Layout.Box map, boolean lit) {
        curves.draw(g, map, n, f, sc);
        if (lit) {
            g.setStroke(Palette.HIGHLIGHT);
            g.setLineWidth(3.5 * sc);
            g.strokeRect(map.x(), map.y(), map.w(), map.h());
        }
        boolean onMap = layout.valueOnMap(n);
        if (!onMap && !lit) {
            return;
        }
        FittedText value = valueText(n);
        double y = onMap ? map.y() + layout.plateHeight / 2 + 2 * sc : n.y();
        valuePlate(n.x(), y, value, false);
        Painter.centred(g, value.text(), n.x(), y, value.font(), Palette.TEXT);
    }

    /** A value's plate, sized to the value and never wider than the plate the labels were kept clear of. */
    private void valuePlate(double x, double y, FittedText value, boolean active) {
        double w = value.width() + 8 * sc;
        double h = layout.plateHeight;
        g.setFill(Painter.HALO);
        g.fillRoundRect(x - w / 2, y - h / 2, w, h, 6 * sc, 6 * sc);
        g.setStroke(active ? Palette.HIGHLIGHT : Palette.NEURON_STROKE);
        g.setLineWidth((active ? 2 : 1) * sc);
        g.strokeRoundRect(x - w / 2, y - h / 2, w, h, 6 * sc, 6 * sc);
    }

    /** A neuron's output as drawn: fitted to the plate the layout kept round the neuron. */
    FittedText valueText(Node n) {
        double h = f.at().h(n.layer(), n.index());
        return FittedText.of(valueText(f, n), h, layout.fonts.value(), layout.plateWidth - 8 * sc);
    }

    /** What a neuron shows: its output h at the selected point (x itself for the input). */
    static String valueText(Frame f, Node n) {
        return Numbers.output(f.at().h(n.layer(), n.index()));
    }

    /** A phase's numbers on a plate over the neuron, kept on the canvas at the output's edge. */
    private void plate(Node n, List<String> lines) {
        double lh = layout.plateHeight;
        double w = lines.stream().mapToDouble(t -> TextMetrics.width(t, layout.fonts.value())).max().orElse(0) + 12 * sc;
        double h = lines.size() * lh + 4 * sc;
        double x = Math.max(2, Math.min(n.x() - w / 2, layout.width - w - 2));
        double y = n.y() - h / 2;
        g.setFill(Painter.HALO);
        g.fillRoundRect(x, y, w, h, 8 * sc, 8 * sc);
        g.setStroke(Palette.HIGHLIGHT);
        g.setLineWidth(2 * sc);
        g.strokeRoundRect(x, y, w, h, 8 * sc, 8 * sc);
        for (int k = 0; k < lines.size(); k++) {
            Painter.centred(g, lines.get(k), x + w / 2, y + 2 * sc + (k + 0.5) * lh, layout.fonts.value(), Palette.TEXT);
        }
    }

    /** A neuron of a wide layer: a small disc, its value told on hover. */
    private void disc(Node n, boolean lit, boolean active) {
        double r = n.radius();
        g.setFill(active ? Palette.HIGHLIGHT : Palette.NEURON_STROKE);
        g.fillOval(n.x() - r, n.y() - r, 2 * r, 2 * r);
        if (lit) {
            double ring = r + 2 * sc;
            g.setStroke(Palette.HIGHLIGHT);
            g.setLineWidth(2.5 * sc);
            g.strokeOval(n.x() - ring, n.y() - ring, 2 * ring, 2 * ring);
        }
    }

    private void bias(Node b, boolean lit) {
        double h = b.radius();
        g.setFill(Palette.BIAS_FILL);
        g.fillRoundRect(b.x() - h, b.y() - h, 2 * h, 2 * h, h * 0.8, h * 0.8);
        g.setStroke(lit ? Palette.HIGHLIGHT : Palette.NEURON_STROKE);
        g.setLineWidth((lit ? 3 : 1.5) * sc);
        g.strokeRoundRect(b.x() - h, b.y() - h, 2 * h, 2 * h, h * 0.8, h * 0.8);
        if (!layout.dense) {
            Painter.centred(g, "1", b.x(), b.y(), layout.fonts.bias(), Palette.TEXT);
        }
    }
}
