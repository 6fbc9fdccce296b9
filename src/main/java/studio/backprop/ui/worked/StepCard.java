package studio.backprop.ui.worked;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import studio.backprop.ui.Palette;
import studio.backprop.ui.model.Phase;

/**
 * One step of the worked example on its own card, so that the panel can scroll to it and the stepper
 * can light it up. The highlight is drawn in code, like the canvases' colours: the stepper must be
 * obvious on a projector whatever the stylesheet.
 */
final class StepCard extends VBox {
    private static final CornerRadii RADII = new CornerRadii(6);
    private static final Background PLAIN = new Background(new BackgroundFill(Palette.BACKGROUND, RADII, Insets.EMPTY));
    private static final Background LIT = new Background(new BackgroundFill(
            Color.web("#fff3d9"), RADII, Insets.EMPTY));
    private static final Border PLAIN_BORDER = new Border(new BorderStroke(Color.web("#d0d4d9"),
            BorderStrokeStyle.SOLID, RADII, new BorderWidths(1)));
    private static final Border LIT_BORDER = new Border(new BorderStroke(Palette.HIGHLIGHT,
            BorderStrokeStyle.SOLID, RADII, new BorderWidths(4)));

    private final Phase phase;
    private final FormulaView formula = new FormulaView();
    private boolean lit;

    StepCard(Phase phase) {
        this.phase = phase;
        getStyleClass().add("worked-step");
        formula.setDeferred(true);
        getChildren().add(formula);
        setFillWidth(false);
        highlight(false);
    }

    Phase phase() {
        return phase;
    }

    FormulaView formula() {
        return formula;
    }

    boolean isLit() {
        return lit;
    }

    void highlight(boolean on) {
        lit = on;
        setBackground(on ? LIT : PLAIN);
        setBorder(on ? LIT_BORDER : PLAIN_BORDER);
        // Same outer size either way: the thicker border eats into the padding, nothing moves.
        setPadding(on ? new Insets(7, 11, 9, 11) : new Insets(10, 14, 12, 14));
        pseudoClassStateChanged(PseudoClass.getPseudoClass("active"), on);
    }
}
