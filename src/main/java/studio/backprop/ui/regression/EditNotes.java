package studio.backprop.ui.regression;

import javafx.animation.PauseTransition;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import studio.backprop.ui.Palette;
import studio.backprop.ui.chart.Chart;

/**
 * What the plot says about editing: a muted hint in the bottom corner while editing is on, and for a
 * few seconds the reason an edit was refused, so a click that did nothing never looks like a bug.
 */
public final class EditNotes {
    static final String HINT = "click to add a point · drag to move · right-click to remove";
    private static final String SHORT_HINT = "click: add · drag: move · right-click: remove";
    private static final Color TOAST = Color.rgb(40, 40, 40, 0.92);
    private final PauseTransition timer = new PauseTransition(Duration.seconds(3.5));
    private final String hint;
    private final String shortHint;
    private String message;

    EditNotes(Runnable redraw) {
        this(redraw, HINT, SHORT_HINT);
    }

    /** Notes for another plot, with its own hint in full and shortened. */
    public EditNotes(Runnable redraw, String hint, String shortHint) {
        this.hint = hint;
        this.shortHint = shortHint;
        timer.setOnFinished(e -> {
            message = null;
            redraw.run();
        });
    }

    /** Shows a refusal until the timer runs out; a new one replaces it and starts the timer again. */
    public void show(String text) {
        message = text == null || text.isBlank() ? "that edit was refused" : text;
        timer.playFromStart();
    }

    /** The refusal shown now, or null. */
    public String message() {
        return message;
    }

    /**
     * On the x title's row, right-aligned: the one strip of the canvas that data, curves and legend never
     * use. Shortened, or left out, where it would run into the title.
     */
    public void drawHint(GraphicsContext g, Chart c, double width) {
        // for whoever holds the mouse, not for the back row: presentation mode enlarges it only a little
        Font font = Font.font(c.textFont().getFamily(), 0.8 * Chart.TEXT_SIZE * Math.min(c.s(), 1.25));
        double room = width - c.pad() - ((c.left() + c.right()) / 2 + c.textWidth("x", c.titleFont()) + 2 * c.pad());
        String text = c.textWidth(hint, font) <= room ? hint : c.textWidth(shortHint, font) <= room ? shortHint : null;
        if (text == null) {
            return;
        }
        g.setFont(font);
        g.setFill(Palette.MUTED_TEXT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, width - c.pad(), c.height() - c.pad() - c.lineHeight(c.titleFont()) / 2);
    }

    /** The refusal, white on dark over the legend: in sight, yet hiding no data while it shows. */
    public void drawToast(GraphicsContext g, Chart c, double width) {
        if (message == null) {
            return;
        }
        double s = c.s();
        double inset = 10 * s;
        double w = Math.min(c.textWidth(message, c.textFont()) + 2 * inset, width - 2 * c.pad());
        double h = c.lineHeight(c.textFont()) + inset;
        double x = (width - w) / 2;
        double y = c.pad() / 2;
        g.setFill(TOAST);
        g.fillRoundRect(x, y, w, h, 10 * s, 10 * s);
        g.setFill(Color.WHITE);
        g.setFont(c.textFont());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(message, x + w / 2, y + h / 2, w - 2 * inset);
    }
}
