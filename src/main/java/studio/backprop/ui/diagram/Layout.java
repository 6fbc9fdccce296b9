package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import studio.backprop.engine.Architecture;
import studio.backprop.ui.TextMetrics;

/**
 * The diagram's geometry for one architecture, size and scale: node centres, trimmed edge segments,
 * edge-label spots and the text rows. Computed once per topology or size, never per frame, so that
 * training at full speed only recolours lines and labels never jump about.
 */
final class Layout {
    /** Beyond this many edges their labels become a grey wall; they show on hover instead. */
    static final int MAX_LABELLED_EDGES = 40;
    /** Below this radius a neuron's curve would be a smudge: it is left out. */
    private static final double MIN_CURVE_RADIUS = 14;

    record Hit(Node node, Edge edge) {
    }

    record Box(double x, double y, double w, double h) {
        boolean intersects(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }

        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    final Architecture architecture;
    final double width;
    final double height;
    /** The size of the network's own text: values, edge labels, input names. */
    final double scale;
    final Fonts fonts;
    /**
     * The size of the text around the network (column captions, the stepper's phase, the point caption,
     * the legend): presentation mode's even where the network's own text is shrunk to fit its circles.
     */
    final double frameScale;
    final Fonts frameFonts;
    /** The widest column caption's width: neighbouring columns are kept this and a pad apart where they fit. */
    final double captionWidth;
    final double pad;
    final Node[][] neurons;
    /** Bias node of layer l, feeding layer l+1; null for the output layer. */
    final Node[] biases;
    final List<Edge> edges = new ArrayList<>();
    /** The label box of each edge, or null where none fits. */
    final Box[] labels;
    final double labelWidth;
    /** Where a big network's edges are drawn, frame after frame. */
    final EdgeRaster raster = new EdgeRaster();
    final double labelHeight;
    /** Whether a three-decimal h fits inside the circles, or goes on a plate across them. */
    final boolean valuesInside;
    final double plateWidth;
    /**
     * Whether neighbouring neurons' values clear each other; where they would pile into a wall of digits
     * (32 neurons a column) only the one under the pointer shows its value.
     */
    final boolean valuesApart;
    /** Neurons as small discs without values, edges thin and translucent: where values would pile up. */
    final boolean dense;
    final double plateHeight;
    /** The stepper's phase caption, above the layer captions; only when {@link #phaseRow}. */
    final double phaseCaptionY;
    final boolean phaseRow;
    /** The edge styles this layout leaves room for. */
    final List<EdgeStyle> styles;
    final double captionY;
    final double networkTop;
    final double networkBottom;
    final double pointCaptionY;
    final double legendY;
    /** The width scale's row: legendY when it fits beside the colours. */
    final double legendScaleY;

    Layout(Architecture architecture, double width, double height, double scale) {
        this(architecture, width, height, scale, scale, List.of(EdgeStyle.WEIGHT), false);
    }

    Layout(Architecture architecture, double width, double height, double scale, List<EdgeStyle> styles,
           boolean phaseRow) {
        this(architecture, width, height, scale, scale, styles, phaseRow);
    }

    /**
     * @param frameScale the scale of the text around the network
     * @param styles     the edge styles whose labels and legend must fit
     * @param phaseRow   whether to leave a row at the top for the stepper's phase caption
     */
    Layout(Architecture architecture, double width, double height, double scale, double frameScale,
           List<EdgeStyle> styles, boolean phaseRow) {
        this.architecture = architecture;
        this.styles = List.copyOf(styles);
        this.phaseRow = phaseRow;
        this.width = width;
        this.height = height;
        this.scale = scale;
        fonts = Fonts.at(scale);
        this.frameScale = frameScale;
        frameFonts = Fonts.at(frameScale);
        pad = 8 * scale;
        double lh = frameFonts.lineHeight();
        int depth = architecture.depth();

        phaseCaptionY = pad;
        captionY = phaseRow ? pad + lh + pad / 2 : pad;
        networkTop = captionY + 2 * lh + pad;
        boolean oneLegendRow = DiagramLegend.fitsOneRow(frameFonts, styles, frameScale, width - 2 * pad);
        int rows = oneLegendRow ? 2 : 3;
        pointCaptionY = height - pad - rows * lh;
        legendY = pointCaptionY + lh;
        legendScaleY = oneLegendRow ? legendY : legendY + lh;
        networkBottom = pointCaptionY - pad;

        // one vertical pitch for all layers, with the bias row as one more slot at the bottom
        int most = Arrays.stream(architecture.sizes()).max().orElse(1);
        double available = Math.max(1, networkBottom - networkTop);
        double pitch = Math.min(available / (most + 1), 110 * scale);
        double top = networkTop + (available - pitch * (most + 1)) / 2;
        // large enough for a value above a curve h(x) in the hidden neurons
        double radius = Math.max(3, Math.min(pitch * 0.45, 40 * scale));
        double half = Math.min(Math.max(radius * 0.5, 8 * scale), Math.max(3, pitch * 0.4));

        // sized for a sigmoid's "0.123"; a wider value gets a plate when drawn
        double valueWidth = TextMetrics.width("0.000", fonts.value());
        valuesInside = valueWidth + 4 * scale <= 2 * radius;
        plateWidth = valueWidth + 8 * scale;
        plateHeight = TextMetrics.height(fonts.value()) + 2 * scale;
        valuesApart = pitch >= plateHeight + 2 * scale;
        // Values on plates a row apart read as a wall of digits, not as numbers (32 neurons a column): small
        // discs and faint edges instead, each value on hover, the matrices for them all.
        dense = !valuesApart || !valuesInside && pitch < 1.5 * plateHeight;
        if (dense) {
            radius = Math.max(2, Math.min(radius, 3.5 * scale));
            half = Math.min(half, radius + scale);
        }

        captionWidth = Math.max(TextMetrics.width("input x", frameFonts.captionBold()),
                TextMetrics.width("output f(x)", frameFonts.captionBold()));
        double captionHalf = captionWidth / 2;
        double margin = pad + Math.max(captionHalf, valuesInside ? radius : plateWidth / 2);
        labelWidth = styles.stream().mapToDouble(st -> TextMetrics.width(st.widestLabel, fonts.label())).max().orElse(0)
                + Painter.LABEL_MARGIN * scale;
        labelHeight = TextMetrics.height(fonts.label()) + 2 * scale;
        // a gap keeps the captions apart and holds a label between the circles it joins (the output's two)
        double wide = valuesInside ? radius : Math.max(radius, plateWidth / 2); // a neuron's, or its value's plate
        double[] columnX = ColumnPlacement.columns(architecture, Math.max(margin, pad + InputNames.reach(architecture,
                fonts, wide, scale)), width - margin, Math.max(2 * captionHalf + pad, 2 * radius + labelWidth + 2 * pad));
        neurons = new Node[depth + 1][];
        biases = new Node[depth + 1];
        double centre = top + most * pitch / 2;
        for (int l = 0; l <= depth; l++) {
            double x = columnX[l];
            int n = architecture.size(l);
            neurons[l] = new Node[n];
            for (int i = 0; i < n; i++) {
                neurons[l][i] = new Node(l, i, x, centre + (i - (n - 1) / 2.0) * pitch, radius);
            }
            if (l < depth) {
                biases[l] = new Node(l, Node.BIAS, x, top + (most + 0.5) * pitch, half);
            }
        }
        for (int l = 1; l <= depth; l++) {
            for (Node to : neurons[l]) {
                for (Node from : neurons[l - 1]) {
                    edges.add(trimmed(l, from, to));
                }
                edges.add(trimmed(l, biases[l - 1], to));
            }
        }

        labels = edges.size() <= MAX_LABELLED_EDGES ? LabelPlacement.place(this) : new Box[edges.size()];
    }

    private static Edge trimmed(int layer, Node from, Node to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        double ux = dx / length;
        double uy = dy / length;
        // a square's outline is further from its centre along a diagonal
        double start = from.isBias() ? from.radius() / Math.max(Math.abs(ux), Math.abs(uy)) : from.radius();
        return new Edge(layer, to.index(), from.index(), from.x() + ux * start, from.y() + uy * start,
                to.x() - ux * to.radius(), to.y() - uy * to.radius());
    }

    /** The plate a value too wide for its circle is written on. */
    Box plate(Node n) {
        return new Box(n.x() - plateWidth / 2, n.y() - plateHeight / 2, plateWidth, plateHeight);
    }

    static Box around(Node n, double slack) {
        double r = n.radius() + slack;
        return new Box(n.x() - r, n.y() - r, 2 * r, 2 * r);
    }

    /** The label box centred a fraction t back from the edge's receiving end. */
    Box labelBoxAt(Edge e, double t) {
        return new Box(e.xFromEnd(t) - labelWidth / 2, e.yFromEnd(t) - labelHeight / 2, labelWidth, labelHeight);
    }

    /** Whether this layout was made for the same topology, size, scale, styles and caption rows. */
    boolean fits(Architecture a, double w, double h, double s, List<EdgeStyle> st, boolean phase) {
        return architecture.equals(a) && width == w && height == h && scale == s && styles.equals(st)
                && phaseRow == phase;
    }

    /**
     * Where a hidden neuron draws its curve h(x): the lower half of its circle, its value moving up 0.3 r
     * to make room. Null for the input and output, and for circles too small to show a shape.
     */
    Box curveBox(Node n) {
        double r = n.radius();
        if (n.isBias() || n.layer() == 0 || n.layer() == architecture.depth() || r < MIN_CURVE_RADIUS * scale) {
            return null;
        }
        // 0.72 r wide each side still fits the circle's chord 0.64 r below the centre
        return new Box(n.x() - 0.72 * r, n.y() + 0.14 * r, 1.44 * r, 0.5 * r);
    }

    /**
     * Where a hidden neuron draws its map over two inputs: the square round its circle, the neuron drawn as
     * its map (as TF Playground does), as large as the pitch allows. Null where no curve is, or in discs.
     */
    Box mapBox(Node n) {
        double r = n.radius();
        boolean none = n.isBias() || n.layer() == 0 || n.layer() == architecture.depth() || dense;
        return none ? null : new Box(n.x() - r, n.y() - r, 2 * r, 2 * r);
    }

    /** Whether a neuron's value fits as a tab across the top of its map, the map's lower three fifths in sight. */
    boolean valueOnMap(Node n) {
        return plateHeight + 2.5 * scale <= 0.8 * n.radius(); // the tab sits 2 px down, its border half a px more
    }

    boolean labelsFit() {
        return edges.size() <= MAX_LABELLED_EDGES;
    }

    /** Whether every edge's label found a place (trivially false when labels show only on hover). */
    boolean allLabelsPlaced() {
        return labelsFit() && Arrays.stream(labels).allMatch(java.util.Objects::nonNull);
    }

    int neuronCount() {
        return Arrays.stream(neurons).mapToInt(layer -> layer.length).sum();
    }

    Node neuron(int layer, int index) {
        return neurons[layer][index];
    }

    /** The edge of a_lij, or of b_li when j is {@link Node#BIAS}. */
    Edge edge(int layer, int to, int from) {
        return edges.stream().filter(e -> e.layer() == layer && e.to() == to && e.from() == from)
                .findFirst().orElseThrow();
    }

    /**
     * What is under the pointer: a node (a hidden neuron's whole square where {@code maps} are drawn), else
     * a shown label, else the nearest edge within 5 px. Null for empty space.
     */
    Hit hitTest(double x, double y, boolean labelsShown, boolean maps) {
        for (Node[] layer : neurons) {
            for (Node n : layer) {
                if (n.contains(x, y, 2 * scale, maps && mapBox(n) != null)) {
                    return new Hit(n, null);
                }
            }
        }
        for (Node b : biases) {
            if (b != null && b.contains(x, y, 2 * scale)) {
                return new Hit(b, null);
            }
        }
        if (labelsShown) {
            for (int k = 0; k < labels.length; k++) {
                if (labels[k] != null && labels[k].contains(x, y)) {
                    return new Hit(null, edges.get(k));
                }
            }
        }
        Edge nearest = null;
        double best = 5 * scale;
        for (Edge e : edges) {
            double d = e.distanceTo(x, y);
            if (d <= best) {
                best = d;
                nearest = e;
            }
        }
        return nearest == null ? null : new Hit(null, nearest);
    }
}
