package studio.backprop.ui.status;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import studio.backprop.training.Divergence;
import studio.backprop.ui.model.StudioModel;

/**
 * Says what happened when training diverged and offers the two ways on: halve the learning rate
 * (and stay at the last good state, which the views already show) or reset. Not a modal dialog, so
 * nothing waits for it.
 */
public final class DivergenceBanner extends HBox {
    private final Label message = new Label();

    public DivergenceBanner(StudioModel model) {
        getStyleClass().add("divergence-banner");
        setId("divergenceBanner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("divergenceMessage");
        message.setWrapText(true);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button halve = new Button("Halve the learning rate");
        halve.setId("halveRate");
        halve.setOnAction(e -> {
            Divergence d = model.divergenceProperty().get();
            if (d != null) {
                model.setLearningRate(d.learningRate() / 2);
            }
            model.dismissDivergence();
        });
        Button reset = new Button("Reset");
        reset.setId("divergenceReset");
        reset.setOnAction(e -> model.reset());
        Button dismiss = new Button("Keep this state");
        dismiss.setId("divergenceDismiss");
        dismiss.setOnAction(e -> model.dismissDivergence());
        getChildren().addAll(message, halve, reset, dismiss);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        model.divergenceProperty().addListener((obs, old, d) -> {
            setVisible(d != null);
            if (d != null) {
                message.setText(d.message());
            }
        });
    }
}
