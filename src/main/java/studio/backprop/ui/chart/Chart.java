package studio.backprop.ui.chart;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import studio.backprop.ui.Palette;
import studio.backprop.ui.TextMetrics;
import studio.backprop.ui.chart.NiceTicks.Ticks;

/**
 * The frame both chart views draw in: the plot area left after room for tick labels and axis titles,
 * the two scales, axes with grid, ticks and labels, a legend row and a hover call-out. Everything is
 * sized from the font, so presentation mode ({@link #setScale}) enlarges text and margins together.
 */
public final class Chart {
    /** Base text size in pixels: readable from the back of a classroom at scale 1. */
    public static final double TEXT_SIZE = 14;

    /** Gives ticks for at most about {@code maxCount} labels: the chart decides how many fit. */
    public interface TickSource {
        Ticks ticks(int maxCount);
    }

    public final Scale x = new Scale();
    public final Scale y = new Scale();
    /** The secondary axis on the right, when {@link #layout} was given ticks for it. */
    public final Scale y2 = new Scale();
    private double s = 0;
    private Font tickFont;
    private Font titleFont;
    private Font textFont;
    private double left;
    private double top;
    private double right;
    private double bottom;
    private double height;
    private Ticks xTicks = Ticks.NONE;
    private Ticks yTicks = Ticks.NONE;
    private Ticks y2Ticks = Ticks.NONE;

    /** 1 normally, 1.6 in presentation mode. */
    public void setScale(double scale) {
        if (scale != s) {
            s = scale;
            String family = Font.getDefault().getFamily();
            tickFont = Font.font(family, TEXT_SIZE * s);
            textFont = Font.font(family, TEXT_SIZE * s);
            titleFont = Font.font(family, FontWeight.BOLD, (TEXT_SIZE + 1) * s);
        }
    }

    public double s() {
        return s;
    }

    public Font tickFont() {
        return tickFont;
    }

    public Font textFont() {
        return textFont;
    }

    public double pad() {
        return 10 * s;
    }

    public double lineHeight(Font f) {
        return f.getSize() * 1.3;
    }

    /** Places the plot area in a canvas of the given size, leaving {@code topReserve} free above it. */
    public void layout(double width, double height, double topReserve, TickSource xs, TickSource ys) {
        layout(width, height, topReserve, xs, ys, null);
    }

    /** As the other layout, with a secondary y axis on the right unless y2s is null; set y2's range first. */
    public void layout(double width, double height, double topReserve, TickSource xs, TickSource ys, TickSource y2s) {
        this.height = height;
        double tick = 5 * s;
        double gap = 5 * s;
        double line = lineHeight(tickFont);
        double title = lineHeight(titleFont);
        top = topReserve + pad() + line / 2;
        bottom = Math.max(top + 10, height - (pad() + title + gap + line + gap + tick));
        yTicks = ys.ticks(Math.max(2, (int) ((bottom - top) / (line * 1.8))));
        y.pixels(bottom, top);
        double labelWidth = 0;
        for (String label : yTicks.labels()) {
            labelWidth = Math.max(labelWidth, labelWidth(label, tickFont));
        }
        left = pad() + title + gap + labelWidth + gap + tick;
        y2Ticks = y2s == null ? Ticks.NONE : y2s.ticks(Math.max(2, (int) ((bottom - top) / (line * 1.8))));
        y2.pixels(bottom, top);
        double rightWidth = 0;
        for (String label : y2Ticks.labels()) {
            rightWidth = Math.max(rightWidth, labelWidth(label, tickFont));
        }
        right = Math.max(left + 10, width - pad() - (y2s == null ? 0 : title + gap + rightWidth + gap + tick));
        // Fewer x labels until neighbours keep a clear gap, then keep the last label inside the canvas.
        int count = Math.max(2, (int) ((right - left) / (55 * s)));
        for (int attempt = 0; attempt < 8; attempt++) {
            xTicks = xs.ticks(count);
            x.pixels(left, right);
            if (xLabelsFit(2 * gap) || count == 1) {
                break;
            }
            count = Math.max(1, count * 2 / 3);
        }
        int n = xTicks.size();
        if (n > 0) {
            double overhang = x.toPixel(xTicks.major()[n - 1]) + labelWidth(xTicks.labels()[n - 1], tickFont) / 2
                    - (width - pad() / 2);
            if (overhang > 0) {
                right = Math.max(left + 10, right - overhang);
                x.pixels(left, right);
            }
        }
    }

    private boolean xLabelsFit(double gap) {
        double[] v = xTicks.major();
        for (int i = 1; i < v.length; i++) {
            double need = (labelWidth(xTicks.labels()[i - 1], tickFont) + labelWidth(xTicks.labels()[i], tickFont)) / 2;
            if (x.toPixel(v[i]) - x.toPixel(v[i - 1]) < need + gap) {
                return false;
            }
        }
        return true;
    }

    /** The grid lines at the major ticks, under the plot's content. */
    public void drawGrid(GraphicsContext g) {
        g.setFill(Palette.GRID);
        for (double v : yTicks.major()) {
            horizontalRule(g, left, right, y.toPixel(v), 1);
        }
        for (double v : xTicks.major()) {
            verticalRule(g, x.toPixel(v), top, bottom, 1);
        }
    }

    /**
     * A horizontal line filling whole pixel rows through {@code py}, {@code width} px thick. Axis-aligned
     * lines are filled rather than stroked: the software renderer fills a pixel-aligned rectangle several
     * times faster than it antialiases a stroked path, and a dozen grid lines a frame add up.
     */
    static void horizontalRule(GraphicsContext g, double x0, double x1, double py, double width) {
        double from = Math.round(Math.min(x0, x1));
        g.fillRect(from, Math.floor(py + 0.5 - width / 2), Math.round(Math.max(x0, x1)) - from, width);
    }

    /** As {@link #horizontalRule}, upright: whole pixel columns through {@code px}. */
    static void verticalRule(GraphicsContext g, double px, double y0, double y1, double width) {
        double from = Math.round(Math.min(y0, y1));
        g.fillRect(Math.floor(px + 0.5 - width / 2), from, width, Math.round(Math.max(y0, y1)) - from);
    }

    /**
     * Ends drawing inside the plot: whatever strayed outside it is painted over. This stands in for
     * {@code GraphicsContext.clip}, which the software renderer implements with a full-canvas mask and
     * blend on every frame, several times the cost of the whole plot.
     */
    public void coverMargins(GraphicsContext g, double width) {
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, width, top);
        g.fillRect(0, bottom, width, height - bottom);
        g.fillRect(0, top, left, bottom - top);
        g.fillRect(right, top, width - right, bottom - top);
    }

    /** Axes, ticks, labels and both titles, over the plot's content. */
    public void drawFrame(GraphicsContext g, String xTitle, String yTitle) {
        double tick = 5 * s;
        double gap = 5 * s;
        double axis = axisWidth();
        g.setFill(Palette.AXIS);
        verticalRule(g, left, top, axisEnd(), axis);
        horizontalRule(g, left, right, bottom, axis);
        for (double v : yTicks.minor()) {
            horizontalRule(g, left - tick * 0.6, left, y.toPixel(v), axis);
        }
        for (double v : xTicks.minor()) {
            verticalRule(g, x.toPixel(v), bottom, bottom + tick * 0.6, axis);
        }
        for (double v : yTicks.major()) {
            horizontalRule(g, left - tick, left, y.toPixel(v), axis);
        }
        for (double v : xTicks.major()) {
            verticalRule(g, x.toPixel(v), bottom, bottom + tick, axis);
        }
        g.setFill(Palette.TEXT);
        for (int i = 0; i < yTicks.size(); i++) {
            drawLabel(g, yTicks.labels()[i], left - tick - gap, y.toPixel(yTicks.major()[i]), TextAlignment.RIGHT, tickFont);
        }
        double labelY = bottom + tick + gap + lineHeight(tickFont) / 2;
        for (int i = 0; i < xTicks.size(); i++) {
            drawLabel(g, xTicks.labels()[i], x.toPixel(xTicks.major()[i]), labelY, TextAlignment.CENTER, tickFont);
        }
        g.setFont(titleFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(xTitle, (left + right) / 2, height - pad() - lineHeight(titleFont) / 2);
        g.save();
        g.translate(pad() + lineHeight(titleFont) / 2, (top + bottom) / 2);
        g.rotate(-90);
        g.fillText(AxisTitle.fitted(yTitle, bottom - top, t -> labelWidth(t, titleFont)), 0, 0);
        g.restore();
    }

    /** Draws a tick label centred vertically on y; "10^e" gets a raised exponent. */
    public void drawLabel(GraphicsContext g, String label, double x, double y, TextAlignment align, Font font) {
        TickLabel.draw(g, label, x, y, align, font);
    }

    public double labelWidth(String label, Font font) {
        return TickLabel.width(label, font);
    }

    public double textWidth(String text, Font font) {
        return TextMetrics.width(text, font);
    }

    /** Just below the x axis's last pixel row: where the upright axes end, so the corners meet exactly. */
    double axisEnd() {
        return Math.floor(bottom + 0.5 - axisWidth() / 2) + axisWidth();
    }

    /** Width of the axes and their ticks: 1 px, 2 px in presentation mode. */
    double axisWidth() {
        return Math.max(1, Math.round(s));
    }

    /** Width of a chart's main line: 2 px, 3 px in presentation mode. */
    public double curveWidth() {
        return s > 1 ? 3 : 2;
    }

    /** A boxed read-out beside an anchor point, flipped as needed to stay inside the canvas. */
    public void drawCallout(GraphicsContext g, String text, double ax, double ay, double canvasWidth) {
        Callout.draw(g, this, text, ax, ay, canvasWidth);
    }

    /** Keeps far-off values within a few plot heights, so a runaway curve still draws as a steep line. */
    public double clampY(double py) {
        double h = bottom - top;
        return Math.max(top - 4 * h, Math.min(bottom + 4 * h, py));
    }

    public boolean inPlot(double px, double py) {
        return px >= left && px <= right && py >= top && py <= bottom;
    }

    /** Half-pixel aligned, so 1 px lines are sharp rather than two grey pixels. */
    static double crisp(double p) {
        return Math.floor(p) + 0.5;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double right() {
        return right;
    }

    public double bottom() {
        return bottom;
    }

    public Ticks xTicks() {
        return xTicks;
    }

    public Ticks yTicks() {
        return yTicks;
    }

    /** The secondary axis's ticks; none unless {@link #layout} was given a source for them. */
    public Ticks y2Ticks() {
        return y2Ticks;
    }

    public double height() {
        return height;
    }

    public Font titleFont() {
        return titleFont;
    }
}
