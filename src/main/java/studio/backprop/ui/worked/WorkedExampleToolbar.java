package studio.backprop.ui.worked;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.engine.DataSet;
import studio.backprop.engine.IterationTrace;
import studio.backprop.ui.model.StudioModel;

/** The worked example's controls: which point, how many decimals, export; the phase stepper below. */
public final class WorkedExampleToolbar extends VBox {
    private final PointChoice point;
    private final Spinner<Integer> decimals =
            new Spinner<>(PanelSteps.MIN_DECIMALS, PanelSteps.MAX_DECIMALS, PanelSteps.DEFAULT_DECIMALS);
    private final Button export = new Button("Export…");
    private final PhaseStepperBar stepperBar;

    WorkedExampleToolbar(StudioModel model, PhaseStepper stepper, IntegerProperty decimalsValue,
                         ObjectProperty<Consumer<IterationTrace>> onExport, ObservableValue<IterationTrace> trace) {
        super(6);
        getStyleClass().add("worked-toolbar");
        setStyle("-fx-padding: 6 10 6 10; -fx-background-color: white;"
                + " -fx-border-color: transparent transparent #d0d4d9 transparent;");
        point = new PointChoice(model.selectedPointProperty());
        point.setTooltip(new Tooltip("The data point whose forward and backward pass is worked out"));
        decimals.setId("workedDecimals");
        decimals.setPrefWidth(80);
        decimals.setEditable(true);
        decimals.setTooltip(new Tooltip("Decimals of computed values, " + PanelSteps.MIN_DECIMALS + " to "
                + PanelSteps.MAX_DECIMALS + " (the chapter uses 6): type a number and press Enter, or use the arrows"));
        // A typed number applies when the field is left too, not only on Enter; one out of range goes to the
        // nearest allowed, and text that is no number puts back the value shown.
        decimals.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitTypedDecimals();
            }
        });
        decimals.getEditor().focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitTypedDecimals();
            }
        });
        decimals.getValueFactory().setValue(decimalsValue.get());
        decimals.valueProperty().addListener((obs, old, d) -> decimalsValue.set(d));
        decimalsValue.addListener((obs, old, d) -> decimals.getValueFactory().setValue(d.intValue()));
        export.setId("exportWorked");
        export.setTooltip(new Tooltip("Export the worked example: this iteration, every point, as a Markdown or "
                + "LaTeX handout with the decimals shown here"));
        export.disableProperty().bind(Bindings.createBooleanBinding(
                () -> onExport.get() == null || trace.getValue() == null, onExport, trace));
        export.setOnAction(e -> {
            Consumer<IterationTrace> handler = onExport.get();
            if (handler != null && trace.getValue() != null) {
                handler.accept(trace.getValue());
            }
        });
        for (Region r : new Region[] {point, export}) {
            r.setFocusTraversable(false);
        }
        point.setMinWidth(Region.USE_PREF_SIZE);
        decimals.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        Label pointLabel = new Label("Point");
        Label decimalsLabel = new Label("Decimals");
        pointLabel.setMinWidth(Region.USE_PREF_SIZE);
        decimalsLabel.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps rather than cutting a control off at the panel's edge.
        FlowPane choices = new FlowPane(8, 6, new HBox(8, pointLabel, point), new HBox(8, decimalsLabel, decimals),
                export);
        choices.getChildren().stream().filter(HBox.class::isInstance)
                .forEach(box -> ((HBox) box).setAlignment(Pos.CENTER_LEFT));
        choices.setAlignment(Pos.CENTER_LEFT);
        stepperBar = new PhaseStepperBar(stepper, trace,
                () -> model.getSnapshot() == null ? 0 : model.getSnapshot().data().size());
        getChildren().addAll(choices, stepperBar);
    }

    private void commitTypedDecimals() {
        String typed = decimals.getEditor().getText().strip();
        int d;
        try {
            d = Math.max(PanelSteps.MIN_DECIMALS, Math.min(PanelSteps.MAX_DECIMALS, Integer.parseInt(typed)));
        } catch (NumberFormatException e) {
            d = decimals.getValue();
        }
        decimals.getValueFactory().setValue(d);
        decimals.getEditor().setText(Integer.toString(d));
    }

    void setData(DataSet data) {
        point.setData(data);
    }

    public ComboBox<Integer> pointChoice() {
        return point;
    }

    public Spinner<Integer> decimals() {
        return decimals;
    }

    public Button exportButton() {
        return export;
    }

    public PhaseStepperBar stepperBar() {
        return stepperBar;
    }
}
