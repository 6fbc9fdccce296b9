package studio.backprop.ui.status;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import studio.backprop.training.Divergence;
import studio.backprop.ui.model.StudioModel;

/**
 * Says what happened when training diverged and offers the ways on: halve the learning rate (and stay at
 * the last good state, which the views already show), reset, or keep the state. When the last good state
 * is itself far off, going on from it would diverge again at once, so resetting with half the rate comes
 * first. The buttons keep their whole labels at every size; the message wraps instead. Not a modal
 * dialog, so nothing waits for it.
 */
public final class DivergenceBanner extends HBox {
    private final Label message = new Label();
    private final Button resetHalved = new Button("Reset and halve the learning rate");
    private final Button halve = new Button("Halve the learning rate");
    private final Button reset = new Button("Reset");
    private final Button dismiss = new Button("Keep this state");

    public DivergenceBanner(StudioModel model) {
        getStyleClass().add("divergence-banner");
        setId("divergenceBanner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("divergenceMessage");
        message.setWrapText(true);
        message.setMinWidth(160);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        resetHalved.setId("divergenceResetHalved");
        resetHalved.getStyleClass().add("primary");
        resetHalved.setOnAction(e -> {
            halveRate(model);
            model.reset();
        });
        halve.setId("halveRate");
        halve.setOnAction(e -> {
            halveRate(model);
            model.dismissDivergence();
        });
        reset.setId("divergenceReset");
        reset.setOnAction(e -> model.reset());
        dismiss.setId("divergenceDismiss");
        dismiss.setOnAction(e -> model.dismissDivergence());
        for (Button b : new Button[] {resetHalved, halve, reset, dismiss}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setFocusTraversable(false);
        }
        setVisible(false);
        managedProperty().bind(visibleProperty());
        model.divergenceProperty().addListener((obs, old, d) -> show(d));
    }

    private static void halveRate(StudioModel model) {
        Divergence d = model.divergenceProperty().get();
        if (d != null) {
            model.setLearningRate(d.learningRate() / 2);
        }
    }

    private void show(Divergence d) {
        setVisible(d != null);
        if (d == null) {
            return;
        }
        message.setText(d.message());
        getChildren().setAll(d.lastGoodFarOff()
                ? List.of(message, resetHalved, halve, dismiss)
                : List.of(message, halve, reset, dismiss));
    }
}
