package studio.backprop.ui.diagram;

import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import studio.backprop.io.NumberText;

/**
 * A text field over the diagram for typing one number, with a caption under it naming what it sets or
 * why the text was refused. Both hang just below the point they were opened at, so the edge or the
 * neuron being edited stays in sight. Enter commits; Esc, or focus going elsewhere, cancels. Its owner places it
 * with {@link #place} in its layout pass, since the owner's pane lays out nothing by itself.
 */
final class ValueField {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** Modena draws a text field's border from these looked-up colours: red while the text is refused. */
    private static final String INVALID_STYLE = "-fx-text-box-border: #D55E00; -fx-focus-color: #D55E00;"
            + " -fx-faint-focus-color: #D55E0033;";
    private static final String CAPTION_STYLE = "-fx-background-color: rgba(255,255,255,0.94);"
            + " -fx-background-radius: 3; -fx-padding: 1 5 1 5; -fx-text-fill: ";
    private final TextField field = new TextField();
    private final Label caption = new Label();
    private final Runnable closed;
    private double anchorX;
    private double anchorY;
    private double gap;
    private String initial;
    private String hint;
    private DoubleConsumer commit;

    /** @param closed told whenever the field closes, committed or not */
    ValueField(Pane owner, Runnable closed) {
        this.closed = closed;
        field.setId("valueField");
        field.setPrefColumnCount(9);
        caption.setId("valueFieldCaption");
        caption.setMouseTransparent(true);
        setVisible(false);
        owner.getChildren().addAll(field, caption);
        field.setOnAction(e -> commit());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isOpen()) {
                close();
            }
        });
    }

    /**
     * Opens the field just below (x, y), holding {@code text} all selected so typing replaces it.
     *
     * @param commit takes the typed number; may throw {@link IllegalArgumentException} to refuse it
     */
    void open(String name, String text, double x, double y, Fonts fonts, DoubleConsumer commit) {
        anchorX = x;
        anchorY = y;
        gap = 0.4 * fonts.lineHeight();
        initial = text;
        this.commit = commit;
        hint = name + ":  Enter sets it, Esc cancels";
        field.setFont(fonts.caption());
        caption.setFont(fonts.caption());
        field.setText(text);
        showProblem(null);
        setVisible(true);
        field.requestFocus();
        field.selectAll();
        field.getParent().requestLayout();
    }

    boolean isOpen() {
        return field.isVisible();
    }

    void close() {
        if (isOpen()) {
            setVisible(false);
            commit = null;
            closed.run();
        }
    }

    /**
     * Where the field and its caption go in an owner of this size: where {@code spot} finds room for
     * them near the anchor (covering no neuron if it can), else just below the anchor; kept inside.
     *
     * @param spot where a block of a given size goes near the anchor; null before the diagram is laid out
     */
    void place(double width, double height, Spot spot) {
        if (!isOpen()) {
            return;
        }
        double w = field.prefWidth(-1);
        double h = field.prefHeight(w);
        double cw = caption.prefWidth(-1);
        double ch = caption.prefHeight(cw);
        double block = h + 2 + ch;
        Layout.Box room = spot == null ? null : spot.near(Math.max(w, cw), block, anchorX, anchorY);
        // below the anchor, or above it near the bottom of the view
        double y = anchorY + gap + block <= height - 2 ? anchorY + gap : anchorY - gap - block;
        y = clamp(room == null ? y : room.y(), 2, height - block - 2);
        double x = clamp(room == null ? anchorX - w / 2 : room.x(), 2, width - w - 2);
        field.resizeRelocate(x, y, w, h);
        caption.resizeRelocate(clamp(x, 2, width - cw - 2), y + h + 2, cw, ch);
    }

    /** Where a block of w by h goes near (ax, ay). */
    interface Spot {
        Layout.Box near(double w, double h, double ax, double ay);
    }

    private void commit() {
        String text = field.getText().trim();
        if (text.equals(initial)) {
            close(); // unchanged: no edit, and no rounding of the exact value to the digits shown
            return;
        }
        double value = NumberText.typed(text);
        if (Double.isNaN(value)) {
            showProblem("not a number: " + (text.isEmpty() ? "type one" : text));
            return;
        }
        if (!Double.isFinite(value)) {
            showProblem("must be a finite number");
            return;
        }
        try {
            commit.accept(value);
        } catch (IllegalArgumentException refused) {
            showProblem(refused.getMessage());
            return;
        }
        close();
    }

    /** Marks the field and says why, or with null clears both. */
    private void showProblem(String problem) {
        field.pseudoClassStateChanged(INVALID, problem != null);
        field.setStyle(problem == null ? "" : INVALID_STYLE);
        caption.setText(problem == null ? hint : problem);
        caption.setStyle(CAPTION_STYLE + (problem == null ? "#5f6368;" : "#B94A00;"));
        field.getParent().requestLayout();
    }

    private void setVisible(boolean on) {
        field.setVisible(on);
        caption.setVisible(on);
    }

    /** The text in the field now; for tests. */
    String text() {
        return field.getText();
    }

    /** Whether the field is marked as holding a refused text; for tests. */
    boolean marked() {
        return field.getPseudoClassStates().contains(INVALID);
    }

    /** The caption now; for tests. */
    String captionText() {
        return caption.getText();
    }

    /** Where the field and the caption are in the owner, in that order; for tests. */
    List<Layout.Box> boxes() {
        return java.util.stream.Stream.of(field, caption).map(javafx.scene.Node::getBoundsInParent)
                .map(b -> new Layout.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight())).toList();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, Math.max(lo, hi)));
    }
}
