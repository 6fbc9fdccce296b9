package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import studio.backprop.engine.Architecture;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/** Draws one frame's edges, their labels and the captions on a {@link Layout}: numbers mapped to looks. */
final class Painter {
    static final Color HALO = Color.rgb(255, 255, 255, 0.92);
    /** A label's plate is this much (times the scale) wider than its text. */
    static final double LABEL_MARGIN = 8;
    /**
     * Beyond this many edges they are drawn as hairlines ({@link EdgeRaster}): thousands of stroked lines
     * took the renderer a third of a second a frame.
     */
    static final int BATCHED_EDGES = 400;
    /**
     * While training runs, beyond this many: the spiral's 2-8-8-1 (105 edges) stroked one by one cost the
     * renderer 12 to 17 ms a frame, as hairlines 8, which let the window keep its frame rate. Paused, they
     * are stroked again at their widths, for reading.
     */
    static final int BATCHED_EDGES_RUNNING = 100;
    /** How much of its colour a wide layer's edge keeps: the crossings still show, not a solid mesh. */
    static final double DENSE_OPACITY = 0.4;
    /** Under the edges a phase uses: enough to find them, faint enough to still read their colour. */
    private static final Color PHASE_GLOW = Palette.HIGHLIGHT.deriveColor(0, 1, 1, 0.35);

    private final GraphicsContext g;
    private final Layout layout;
    private final Frame f;
    private final EdgeStyle style;
    private final PhaseDisplay phase;
    private final Layout.Hit hover;
    private final double sc;
    /** The largest |value| among the edges shown: the widest line of a relative style. */
    final double largest;

    /** @param phase the stepper's phase, or null for the normal display in {@code style} */
    Painter(GraphicsContext g, Layout layout, Frame f, EdgeStyle style, PhaseDisplay phase, Layout.Hit hover) {
        this.g = g;
        this.layout = layout;
        this.f = f;
        this.phase = phase;
        this.style = phase != null ? phase.style() : style;
        this.hover = hover;
        this.sc = layout.scale;
        largest = largest(layout, f, this.style, phase);
    }

    static double largest(Layout layout, Frame f, EdgeStyle style, PhaseDisplay phase) {
        if (!style.relative) {
            return 0;
        }
        List<Edge> shown = new ArrayList<>(layout.edges);
        if (phase != null) {
            shown.removeIf(e -> !phase.uses(e));
        }
        return style.largest(f, shown);
    }

    EdgeStyle style() {
        return style;
    }

    private boolean used(Edge e) {
        return phase == null || phase.uses(e);
    }

    /** @param running whether training runs: many edges are then drawn as hairlines */
    void edges(boolean running) {
        g.setLineCap(StrokeLineCap.ROUND);
        Edge hovered = hover == null ? null : hover.edge();
        if (phase != null && phase.phase().layer() > 0) {
            for (Edge e : layout.edges) {
                if (phase.uses(e)) {
                    glow(e, PHASE_GLOW, 7 * sc);
                }
            }
        }
        if (layout.edges.size() > (running ? BATCHED_EDGES_RUNNING : BATCHED_EDGES)) {
            batched(hovered);
        } else {
            for (Edge e : layout.edges) {
                if (e != hovered) {
                    stroke(e, layout.dense);
                }
            }
        }
        if (hovered != null) {
            // drawn last, over a halo, so a thin edge under a thick one can still be picked out
            glow(hovered, Palette.HIGHLIGHT, 6 * sc);
            stroke(hovered, false);
        }
    }

    /** Hairlines whose opacity stands for their width: see {@link EdgeRaster}. */
    private void batched(Edge hovered) {
        double device = g.getTransform().getMxx();
        EdgeRaster raster = layout.raster;
        // A wide layer's faint lines at half the resolution: a quarter of the pixels, half the steps, and soft.
        raster.start(layout.edges, layout.width, layout.height, layout.dense ? device / 2 : device);
        double widest = EdgeStyle.MAX_WIDTH * sc;
        for (int k = 0; k < layout.edges.size(); k++) {
            Edge e = layout.edges.get(k);
            if (e != hovered) {
                raster.line(k, e.x1(), e.y1(), e.x2(), e.y2(), colour(e), (layout.dense ? DENSE_OPACITY : 1)
                        * (0.25 + 0.75 * Math.sqrt(width(e) / widest)));
            }
        }
        raster.drawOn(g);
    }

    private void glow(Edge e, Color colour, double extra) {
        g.setStroke(colour);
        g.setLineWidth(width(e) + extra);
        g.strokeLine(e.x1(), e.y1(), e.x2(), e.y2());
    }

    private double width(Edge e) {
        return used(e) ? style.width(style.value(f, e), largest, sc) : sc;
    }

    private Color colour(Edge e) {
        return used(e) ? style.colour(style.value(f, e)) : Palette.FADED_EDGE;
    }

    /** @param faint a wide layer's edge: half as wide, and translucent */
    private void stroke(Edge e, boolean faint) {
        g.setStroke(faint ? colour(e).deriveColor(0, 1, 1, DENSE_OPACITY) : colour(e));
        g.setLineWidth(faint ? Math.max(0.5 * sc, width(e) / 2) : width(e));
        g.strokeLine(e.x1(), e.y1(), e.x2(), e.y2());
    }

    /** Value labels on a white plate bordered in the edge's colour, which ties each label to its line. */
    void labels(boolean all) {
        Edge hovered = hover == null ? null : hover.edge();
        for (int k = 0; k < layout.edges.size(); k++) {
            Edge e = layout.edges.get(k);
            Layout.Box box = layout.labels[k];
            if (e == hovered && used(e)) {
                label(e, boxOf(e), true);
            } else if (all && box != null && used(e)) {
                label(e, box, false);
            }
        }
    }

    /** The label on a plate sized to its text, inside the box the layout kept for it. */
    private void label(Edge e, Layout.Box box, boolean lit) {
        double v = style.value(f, e);
        double arc = 6 * sc;
        FittedText text = labelText(v, box);
        Layout.Box plate = plate(box, text);
        g.setFill(HALO);
        g.fillRoundRect(plate.x(), plate.y(), plate.w(), plate.h(), arc, arc);
        g.setStroke(lit ? Palette.HIGHLIGHT : style.colour(v));
        g.setLineWidth((lit ? 2.5 : 1.2) * sc);
        g.strokeRoundRect(plate.x(), plate.y(), plate.w(), plate.h(), arc, arc);
        centred(g, text.text(), box.x() + box.w() / 2, box.y() + box.h() / 2, text.font(), Palette.TEXT);
    }

    /** Where edge e's label goes: its placed box, or for one without (shown on hover) a spot on its edge. */
    private Layout.Box boxOf(Edge e) {
        Layout.Box box = layout.labels[layout.edges.indexOf(e)];
        return box != null ? box : layout.labelBoxAt(e, 0.3);
    }

    /** Edge e's label as drawn. */
    FittedText labelText(Edge e) {
        return labelText(style.value(f, e), boxOf(e));
    }

    private FittedText labelText(double v, Layout.Box box) {
        return FittedText.of(style.label(v), v, layout.fonts.label(), box.w() - LABEL_MARGIN * sc);
    }

    /** A label's plate: its text and margins wide, centred in the box kept for it, never wider. */
    private Layout.Box plate(Layout.Box box, FittedText text) {
        double w = Math.min(box.w(), text.width() + LABEL_MARGIN * sc);
        return new Layout.Box(box.x() + (box.w() - w) / 2, box.y(), w, box.h());
    }

    /** "hidden 1" over "sigmoid" above each column, and above them the stepper's phase. */
    void captions() {
        Architecture a = layout.architecture;
        int depth = a.depth();
        for (int l = 0; l <= depth; l++) {
            double x = layout.neurons[l][0].x();
            String name = l == 0 ? "input x" : l == depth ? "output f(x)" : "hidden " + l;
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.setFont(layout.frameFonts.captionBold());
            g.setFill(Palette.TEXT);
            g.fillText(name, x, layout.captionY);
            double below = layout.captionY + layout.frameFonts.lineHeight();
            if (phase != null && phase.litLayer() == l && phase.columnCaption() != null) {
                tag(phase.columnCaption(), x, below, TextAlignment.CENTER);
            } else if (l > 0) {
                g.setFont(layout.frameFonts.caption());
                g.setFill(Palette.MUTED_TEXT);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.TOP);
                g.fillText(a.activation(l).id(), x, below);
            }
        }
        if (phase != null && layout.phaseRow) {
            tag(phase.phase().title(), layout.pad, layout.phaseCaptionY, TextAlignment.LEFT);
        }
    }

    /** Bold text on an orange tag, shrunk rather than cut when the canvas cannot hold it. */
    private void tag(String text, double x, double top, TextAlignment align) {
        Font font = layout.frameFonts.captionBold();
        double room = layout.width - 2 * layout.pad - 8 * sc;
        double w = TextMetrics.width(text, font);
        if (w > room) {
            font = Font.font(font.getFamily(), font.getSize() * room / w);
            w = room;
        }
        double h = layout.frameFonts.lineHeight();
        double left = align == TextAlignment.CENTER ? x - w / 2 - 4 * sc : x;
        left = Math.max(2, Math.min(left, layout.width - w - 8 * sc - 2));
        g.setFill(PHASE_GLOW);
        g.fillRoundRect(left, top - sc, w + 8 * sc, h, 6 * sc, 6 * sc);
        g.setFont(font);
        g.setFill(Palette.TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, left + 4 * sc, top - sc + h / 2);
    }

    static void centred(GraphicsContext g, String text, double x, double y, Font font, Color colour) {
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }
}
