package studio.backprop.ui.controls;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import studio.backprop.io.NumberText;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.model.LearningRates;
import studio.backprop.ui.model.StudioModel;

/**
 * The learning rate: a slider on a log scale from 1e-4 to 10 and a field with the exact value, which
 * can be typed. Both follow the rate the trainer uses and both change it, running or not.
 */
public final class LearningRateControl extends HBox {
    private final Slider slider = new Slider(Math.log10(LearningRates.MIN), Math.log10(LearningRates.MAX), -2);
    private final TextField field = new TextField();
    private final StudioModel model;
    private final FieldNote note;
    private boolean updating;

    public LearningRateControl(StudioModel model) {
        this.model = model;
        getStyleClass().add("learning-rate");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Label label = new Label("α");
        label.getStyleClass().add("alpha-label");
        slider.setId("learningRateSlider");
        slider.setFocusTraversable(false);
        slider.setPrefWidth(120);
        slider.setMinWidth(90);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setTooltip(new Tooltip("Learning rate α on a log scale, 1e-4 to 10 ("
                + Command.RATE_UP.key() + " / " + Command.RATE_DOWN.key() + ": double / halve)"));
        field.setId("learningRateField");
        field.setPrefColumnCount(5);
        note = new FieldNote(field, "Learning rate α: type a value and press Enter");

        slider.valueProperty().addListener((obs, old, now) -> {
            if (!updating) {
                double alpha = LearningRates.fromSlider(now.doubleValue());
                model.setLearningRate(alpha);
                showRate(alpha, false);
            }
        });
        field.setOnAction(e -> applyTyped());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                applyTyped();
            }
        });
        model.snapshotProperty().addListener((obs, old, s) -> {
            if (s != null && (old == null || old.learningRate() != s.learningRate())) {
                showRate(s.learningRate(), true);
            }
        });
        getChildren().addAll(label, slider, field);
    }

    private void applyTyped() {
        String text = field.getText().trim();
        try {
            double alpha = NumberText.typed(text);
            if (!(alpha >= LearningRates.MIN && alpha <= LearningRates.MAX)) {
                throw new NumberFormatException();
            }
            note.accept();
            model.setLearningRate(alpha);
            showRate(alpha, true);
        } catch (NumberFormatException e) {
            note.refuse("\"" + text + "\" is not a learning rate: type one from 0.0001 to 10");
        }
    }

    private void showRate(double alpha, boolean moveSlider) {
        updating = true;
        try {
            if (moveSlider) {
                slider.setValue(LearningRates.toSlider(alpha));
            }
            if (!field.isFocused() || moveSlider) {
                field.setText(TrainingSnapshot.formatRate(alpha));
                note.accept();
            }
        } finally {
            updating = false;
        }
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }
}
