package studio.backprop.ui.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import studio.backprop.engine.Architecture;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;

/**
 * The network as the chapter's matrices: each A_l and b_l a grid of cells coloured by the number the edge
 * mode shows (blue positive, vermilion negative, the deeper the larger, on the scale the graph's line widths
 * use), the value written in a cell where it fits, and a hovered cell read out as a_lij with its gradient
 * and its change. The cells of a grid are written as pixels and drawn as one image, so a 1-32-32-32-1
 * network costs eight images a frame, not two thousand rectangles.
 */
final class MatrixDrawing {

    private MatrixLayout layout;
    private final CellImages images = new CellImages();
    private Edge hovered;

    MatrixLayout layoutFor(Architecture a, double w, double h, double scale) {
        if (layout == null || !layout.fits(a, w, h, scale)) {
            layout = new MatrixLayout(a, w, h, scale);
        }
        return layout;
    }

    /** The read-out of the cell under the pointer (none outside the grids), which is lit when drawn. */
    List<String> hover(Frame f, double x, double y, double w, double h, double scale, boolean pointShare) {
        MatrixLayout lay = layoutFor(f.snapshot().network().architecture(), w, h, scale);
        hovered = Double.isNaN(x) ? null : lay.cellAt(x, y);
        return hovered == null ? List.of() : Readout.lines(new Layout.Hit(null, hovered), f, pointShare);
    }

    /** The cell under the pointer, for tests. */
    Edge hovered() {
        return hovered;
    }

    /**
     * The magnitude at full colour: the largest for a relative style; for weights the largest rounded up to
     * 1, 2 or 5 times a power of ten, so that small weights (0.3 from Xavier) still show and the legend reads
     * round numbers.
     */
    static double fullColour(EdgeStyle style, double largest) {
        if (style.relative || !(largest > 0) || !Double.isFinite(largest)) {
            return largest;
        }
        double ten = Math.pow(10, Math.floor(Math.log10(largest)));
        for (double nice : new double[] {1, 2, 5, 10}) {
            if (largest <= nice * ten * (1 + 1e-9)) {
                return nice * ten;
            }
        }
        return 10 * ten;
    }

    /** The colour of a cell: white at 0, the sign's colour at {@code full} and beyond. */
    static Color shade(double v, double full) {
        if (!Double.isFinite(v)) {
            return Palette.MUTED_TEXT;
        }
        double t = full > 0 ? Math.min(1, Math.sqrt(Math.abs(v) / full)) : 0;
        return Color.WHITE.interpolate(Palette.signed(v), t);
    }

    void draw(GraphicsContext g, Frame f, EdgeStyle style, double w, double h, double scale, List<String> lines,
              double mouseX, double mouseY) {
        MatrixLayout lay = layoutFor(f.snapshot().network().architecture(), w, h, scale);
        double largest = style.largest(f, lay.cells);
        double full = fullColour(style, largest);
        double device = g.getTransform().getMxx();
        for (int k = 0; k < lay.blocks.size(); k++) {
            cells(g, lay, k, f, style, full, device, images);
        }
        for (MatrixLayout.Block b : lay.blocks) {
            brackets(g, lay, b);
        }
        captions(g, lay);
        values(g, lay, f, style, full);
        if (hovered != null) {
            g.setStroke(Palette.HIGHLIGHT);
            g.setLineWidth(3 * scale);
            g.strokeRect(lay.cellX(hovered), lay.cellY(hovered), lay.cellW, lay.cellH);
        }
        MatrixLegend.draw(g, lay, style, largest, full);
        if (!lines.isEmpty()) {
            double[] size = Readout.size(lay.fonts, lay.pad, lines);
            double x = mouseX + 16 * scale + size[0] > w - 2 ? mouseX - 16 * scale - size[0] : mouseX + 16 * scale;
            double y = Math.max(2, Math.min(mouseY + 18 * scale, h - size[1] - 2));
            Readout.drawBox(g, lay.fonts, scale, lay.pad, lines, new Layout.Box(Math.max(2, x), y, size[0], size[1]));
        }
    }

    /**
     * A grid's cells written as pixels at the screen's resolution, the lines between them too where cells are
     * big enough to tell apart, and drawn as one image: a software renderer spent 20 ms a frame antialiasing
     * 260 grid lines, and scaling a pixel a cell up.
     */
    private static void cells(GraphicsContext g, MatrixLayout lay, int k, Frame f, EdgeStyle style, double full,
                              double device, CellImages images) {
        MatrixLayout.Block b = lay.blocks.get(k);
        int w = Math.max(1, (int) Math.round(b.cols() * lay.cellW * device));
        int h = Math.max(1, (int) Math.round(b.rows() * lay.cellH * device));
        int[] pixels = images.pixels(k, w, h);
        boolean lines = lay.cellW >= 6 * lay.scale && lay.cellH >= 6 * lay.scale;
        int grid = argb(Palette.GRID);
        for (int i = 0; i < b.rows(); i++) {
            int y0 = (int) Math.round(i * lay.cellH * device);
            int y1 = (int) Math.round((i + 1) * lay.cellH * device);
            for (int j = 0; j < b.cols(); j++) {
                int colour = argb(shade(style.value(f, new Edge(b.layer(), i, b.bias() ? Node.BIAS : j, 0, 0, 0, 0)),
                        full));
                int x0 = (int) Math.round(j * lay.cellW * device);
                int x1 = (int) Math.round((j + 1) * lay.cellW * device);
                for (int y = y0; y < y1 && y < h; y++) {
                    Arrays.fill(pixels, y * w + x0, y * w + Math.min(x1, w), colour);
                    if (lines && j > 0) {
                        pixels[y * w + x0] = grid;
                    }
                }
                if (lines && i > 0 && y0 < h) {
                    Arrays.fill(pixels, y0 * w + x0, y0 * w + Math.min(x1, w), grid);
                }
            }
        }
        g.drawImage(images.draw(k, pixels, w, h), b.x(), b.y(), w / device, h / device);
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** A matrix's brackets, as the chapter draws them. */
    private static void brackets(GraphicsContext g, MatrixLayout lay, MatrixLayout.Block b) {
        double s = lay.scale;
        double w = b.cols() * lay.cellW;
        double h = b.rows() * lay.cellH;
        double arm = Math.min(6 * s, lay.cellW / 3);
        g.setStroke(Palette.TEXT);
        g.setLineWidth((lay.cellW >= 12 * s ? 1.5 : 1) * s);
        g.strokePolyline(new double[] {b.x() + arm, b.x(), b.x(), b.x() + arm},
                new double[] {b.y(), b.y(), b.y() + h, b.y() + h}, 4);
        g.strokePolyline(new double[] {b.x() + w - arm, b.x() + w, b.x() + w, b.x() + w - arm},
                new double[] {b.y(), b.y(), b.y() + h, b.y() + h}, 4);
    }

    /** Each grid's name above it; a layer whose pair is too narrow for two names gets one, "A₁ b₁", over both. */
    private static void captions(GraphicsContext g, MatrixLayout lay) {
        g.setFont(lay.fonts.captionBold());
        g.setFill(Palette.TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int k = 0; k < lay.blocks.size(); k += 2) {
            MatrixLayout.Block a = lay.blocks.get(k);
            MatrixLayout.Block b = lay.blocks.get(k + 1);
            String an = "A" + subscript(a.layer());
            String bn = "b" + subscript(b.layer());
            double y = Math.min(a.y(), b.y()) - 3 * lay.scale;
            double right = b.x() + lay.cellW;
            if (TextMetrics.width(an, lay.fonts.captionBold()) <= a.cols() * lay.cellW
                    && TextMetrics.width(bn, lay.fonts.captionBold()) <= lay.cellW + 4 * lay.scale) {
                g.fillText(an, a.x() + a.cols() * lay.cellW / 2, y);
                g.fillText(bn, b.x() + lay.cellW / 2, y);
            } else {
                String both = an + " " + bn;
                double half = TextMetrics.width(both, lay.fonts.captionBold()) / 2;
                g.fillText(both, Math.max(lay.pad + half, (a.x() + right) / 2), y);
            }
        }
    }

    /** "₁₂" for 12: the chapter's indices as the canvas can write them. */
    static String subscript(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }

    /** Each value in its cell, as precise as the cell's width allows; none where even the shortest is too wide. */
    private static void values(GraphicsContext g, MatrixLayout lay, Frame f, EdgeStyle style, double full) {
        double room = lay.cellW - 6 * lay.scale;
        if (TextMetrics.height(lay.fonts.label()) > lay.cellH || room < TextMetrics.width("0.0", lay.fonts.label())) {
            return;
        }
        g.setFont(lay.fonts.label());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (Edge e : lay.cells) {
            double v = style.value(f, e);
            String text = fitting(v, style, room, lay.fonts);
            if (text != null) {
                g.setFill(shade(v, full).getBrightness() < 0.75 ? Color.WHITE : Palette.TEXT);
                g.fillText(text, lay.cellX(e) + lay.cellW / 2, lay.cellY(e) + lay.cellH / 2);
            }
        }
    }

    /** The most precise of the value's forms that fits: six decimals as the chapter's worked example, then fewer. */
    static String fitting(double v, EdgeStyle style, double room, Fonts fonts) {
        List<String> forms = style.relative ? List.of(Numbers.precise(v), style.label(v))
                : List.of(String.format(Locale.ROOT, "%.6f", v), String.format(Locale.ROOT, "%.3f", v), style.label(v));
        for (String form : forms) {
            if (TextMetrics.width(form, fonts.label()) <= room) {
                return form;
            }
        }
        return null;
    }
}
