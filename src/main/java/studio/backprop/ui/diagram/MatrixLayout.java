package studio.backprop.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import studio.backprop.engine.Architecture;

/**
 * Where the matrices go, as the chapter writes them side by side: for each layer l the grid A_l (a row per
 * neuron of layer l, a column per neuron of layer l-1) and beside it the column b_l. Cells are as large as
 * the room allows, up to a size where a value reads comfortably. Computed once per topology and size.
 */
final class MatrixLayout {
    /** One grid: A_l, or b_l when {@code bias}; its top-left corner and its rows and columns. */
    record Block(int layer, boolean bias, double x, double y, int rows, int cols) {
    }

    /** The gap between A_l and b_l, and between one layer's pair and the next, in cells, and at least in pixels. */
    static final double BESIDE = 0.35;
    static final double BETWEEN = 1.1;
    static final double LEAST_BESIDE = 8;
    static final double LEAST_BETWEEN = 28;

    final Architecture architecture;
    final double width;
    final double height;
    final double scale;
    final Fonts fonts;
    final double pad;
    final double cellW;
    final double cellH;
    final double captionY;
    final double legendY;
    final List<Block> blocks = new ArrayList<>();
    /** Every weight and bias as an edge without a segment: the styles read a cell's number through it. */
    final List<Edge> cells = new ArrayList<>();

    MatrixLayout(Architecture architecture, double width, double height, double scale) {
        this.architecture = architecture;
        this.width = width;
        this.height = height;
        this.scale = scale;
        fonts = Fonts.at(scale);
        pad = 8 * scale;
        double lh = fonts.lineHeight();
        int depth = architecture.depth();
        captionY = pad;
        legendY = height - pad - 2 * lh;
        double top = captionY + lh + pad;
        double bottom = legendY - pad;
        int columns = 0;
        int rows = 1;
        for (int l = 1; l <= depth; l++) {
            columns += architecture.size(l - 1) + 1;
            rows = Math.max(rows, architecture.size(l));
        }
        double room = width - 2 * pad;
        double w = room / (columns + depth * BESIDE + (depth - 1) * BETWEEN);
        // narrow cells: the gaps keep their least width, in pixels, and the cells share what is left
        w = Math.min(w, (room - depth * gapBeside(w, scale) - (depth - 1) * gapBetween(w, scale)) / columns);
        cellW = Math.max(1, Math.min(w, 130 * scale));
        cellH = Math.max(1, Math.min((bottom - top) / rows, 40 * scale));
        double used = columns * cellW + depth * gapBeside(cellW, scale) + (depth - 1) * gapBetween(cellW, scale);
        double x = pad + Math.max(0, (room - used) / 2);
        double middle = (top + bottom) / 2;
        for (int l = 1; l <= depth; l++) {
            int n = architecture.size(l);
            double y = middle - n * cellH / 2;
            blocks.add(new Block(l, false, x, y, n, architecture.size(l - 1)));
            x += architecture.size(l - 1) * cellW + gapBeside(cellW, scale);
            blocks.add(new Block(l, true, x, y, n, 1));
            x += cellW + gapBetween(cellW, scale);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < architecture.size(l - 1); j++) {
                    cells.add(new Edge(l, i, j, 0, 0, 0, 0));
                }
                cells.add(new Edge(l, i, Node.BIAS, 0, 0, 0, 0));
            }
        }
    }

    private static double gapBeside(double cellW, double scale) {
        return Math.max(BESIDE * cellW, LEAST_BESIDE * scale);
    }

    private static double gapBetween(double cellW, double scale) {
        return Math.max(BETWEEN * cellW, LEAST_BETWEEN * scale);
    }

    boolean fits(Architecture a, double w, double h, double s) {
        return architecture.equals(a) && width == w && height == h && scale == s;
    }

    /** The cell a_lij (or b_li for j = {@link Node#BIAS}) under a point, as an edge; null outside every grid. */
    Edge cellAt(double px, double py) {
        for (Block b : blocks) {
            double x = px - b.x();
            double y = py - b.y();
            if (x >= 0 && y >= 0 && x < b.cols() * cellW && y < b.rows() * cellH) {
                int i = (int) (y / cellH);
                return new Edge(b.layer(), i, b.bias() ? Node.BIAS : (int) (x / cellW), 0, 0, 0, 0);
            }
        }
        return null;
    }

    /** The block that holds the cell of an edge. */
    Block blockOf(Edge e) {
        return blocks.get(2 * (e.layer() - 1) + (e.isBias() ? 1 : 0));
    }

    /** The left and top of an edge's cell. */
    double cellX(Edge e) {
        return blockOf(e).x() + (e.isBias() ? 0 : e.from()) * cellW;
    }

    double cellY(Edge e) {
        return blockOf(e).y() + e.to() * cellH;
    }
}
