package studio.backprop.ui.lesson;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import studio.backprop.ui.Palette;
import studio.backprop.ui.worked.FormulaRenderer;

/**
 * Inline math in a caption, typeset as the worked example's formulas are (off the FX thread) and set on
 * the line's baseline: a subscript hangs below the words around it as it does in the chapter. Until the
 * image comes, the LaTeX stands in as text; LaTeX that cannot be typeset stays as text.
 */
final class InlineMath extends Region {
    private final ImageView image = new ImageView();
    private final Label stand = new Label();
    private double depth;
    /** The renderer's margin round each formula: trimmed here, the words' own spaces set the math apart. */
    private final double pad;
    private boolean settled;

    /** @param size the text's size in logical pixels; @param scale the window's output scale */
    InlineMath(String latex, double size, double scale) {
        getStyleClass().add("inline-math");
        pad = Math.ceil(size / 6); // as FormulaRenderer pads
        stand.setText(latex);
        getChildren().add(stand);
        Color ink = Palette.TEXT;
        int argb = 0xff000000 | (int) Math.round(ink.getRed() * 255) << 16
                | (int) Math.round(ink.getGreen() * 255) << 8 | (int) Math.round(ink.getBlue() * 255);
        FormulaRenderer.Key key = new FormulaRenderer.Key("\\displaystyle " + latex, size, scale, argb);
        FormulaRenderer renderer = FormulaRenderer.shared();
        FormulaRenderer.Result hit = renderer.cached(key);
        if (hit != null) {
            show(hit);
        } else {
            renderer.render(key, () -> true).thenAccept(r -> Platform.runLater(() -> show(r)));
        }
    }

    private void show(FormulaRenderer.Result r) {
        settled = true;
        if (r == null || r.image() == null) {
            return;
        }
        image.setImage(r.image());
        image.setFitWidth(r.width());
        image.setFitHeight(r.height());
        image.setSmooth(true);
        depth = r.depth();
        getChildren().setAll(image);
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    /** True once typeset (or found not to typeset). */
    boolean isSettled() {
        return settled;
    }

    /** The LaTeX could not be typeset: it shows as text. */
    boolean failed() {
        return settled && image.getImage() == null;
    }

    @Override
    public double getBaselineOffset() {
        return image.getImage() == null ? stand.getBaselineOffset() : image.getFitHeight() - pad - depth;
    }

    @Override
    protected double computePrefWidth(double height) {
        return image.getImage() == null ? stand.prefWidth(-1) : image.getFitWidth() - 2 * pad;
    }

    @Override
    protected double computePrefHeight(double width) {
        return image.getImage() == null ? stand.prefHeight(-1) : image.getFitHeight() - 2 * pad;
    }

    @Override
    protected void layoutChildren() {
        if (image.getImage() == null) {
            stand.resizeRelocate(0, 0, stand.prefWidth(-1), stand.prefHeight(-1));
        } else {
            image.relocate(-pad, -pad);
        }
    }
}
