package studio.backprop.ui.worked;

import java.util.function.IntSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.engine.IterationTrace;
import studio.backprop.teaching.UpdateRule;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.model.Phase;

/**
 * The stepper's buttons, and under them the title of the phase shown: a line of its own, so that a narrow
 * panel wraps it into lines of words rather than a column of single words.
 */
public final class PhaseStepperBar extends VBox {
    static final String IDLE = "Walk one iteration phase by phase: " + Command.NEXT_PHASE.key() + " next, "
            + Command.PREVIOUS_PHASE.key() + " back, " + Command.LEAVE_STEPPER.key() + " leaves";

    private final ToggleButton stepping = new ToggleButton("Step through");
    private final Button previous = new Button("◀ Previous");
    private final Button next = new Button("Next ▶");
    private final Label caption = new Label(IDLE);

    /**
     * @param trace    the iteration shown: another update than the chapter's gets its own title for the sum and
     *                 the update
     * @param dataSize the data's number of points, to tell a batch of all of them from a smaller one
     */
    public PhaseStepperBar(PhaseStepper stepper, ObservableValue<IterationTrace> trace, IntSupplier dataSize) {
        super(4);
        getStyleClass().add("phase-stepper");
        stepping.setId("stepThrough");
        previous.setId("previousPhase");
        next.setId("nextPhase");
        caption.setId("phaseTitle");
        stepping.setTooltip(new Tooltip("Pause training and walk one iteration phase by phase"));
        previous.setTooltip(new Tooltip(Command.PREVIOUS_PHASE.tooltip()));
        next.setTooltip(new Tooltip(Command.NEXT_PHASE.tooltip()));
        for (var b : new ButtonBase[] {stepping, previous, next}) {
            b.setFocusTraversable(false); // keys go to the panel, as for the window's other controls
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        stepping.setSelected(stepper.isActive());
        stepper.activeProperty().addListener((obs, was, on) -> stepping.setSelected(on));
        stepping.setOnAction(e -> {
            if (stepping.isSelected()) {
                stepper.start();
            } else {
                stepper.stop();
            }
            stepping.setSelected(stepper.isActive());
        });
        previous.setOnAction(e -> stepper.previous());
        next.setOnAction(e -> stepper.next());
        previous.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !stepper.isActive() || stepper.atFirst(), stepper.phaseProperty()));
        next.textProperty().bind(Bindings.createStringBinding(
                () -> stepper.atLast() ? "Next iteration ▶" : "Next ▶", stepper.phaseProperty()));
        caption.textProperty().bind(Bindings.createStringBinding(() -> {
            Phase p = stepper.phaseProperty().get();
            IterationTrace t = trace.getValue();
            return p == null ? IDLE : t == null || UpdateRule.isChapters(t, dataSize.getAsInt()) ? p.title()
                    : new UpdateCaptions(t, dataSize.getAsInt()).title(p);
        }, stepper.phaseProperty(), trace));
        caption.setStyle("-fx-font-weight: bold;");
        caption.setWrapText(true); // the phase's title matters more than one tidy line
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, stepping, previous, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, caption);
    }

    public Label caption() {
        return caption;
    }
}
