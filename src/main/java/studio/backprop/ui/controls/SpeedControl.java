package studio.backprop.ui.controls;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import studio.backprop.training.TrainingService;
import studio.backprop.ui.model.StudioModel;

/** How fast Run goes: from slow motion a class can follow to as fast as the machine allows. */
public final class SpeedControl extends ComboBox<Double> {
    static final Double[] SPEEDS = {1.0, 4.0, 15.0, 60.0, 600.0, 10_000.0, TrainingService.UNLIMITED};

    public SpeedControl(StudioModel model) {
        super(FXCollections.observableArrayList(SPEEDS));
        setId("speed");
        setFocusTraversable(false);
        setTooltip(new Tooltip("Speed of Run: iterations per second"));
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Double speed) {
                if (speed == null) {
                    return "";
                }
                if (speed.isInfinite()) {
                    return "unlimited";
                }
                return String.format("%,d it/s", speed.longValue());
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        setValue(TrainingService.UNLIMITED);
        setMinWidth(USE_PREF_SIZE);
        valueProperty().addListener((obs, old, speed) -> {
            if (speed != null) {
                model.setSpeed(speed);
            }
        });
    }
}
