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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
    private final Button export = new Button("Export worked example…");
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
        decimals.setTooltip(new Tooltip("Decimals of computed values (the chapter uses 6)"));
        decimals.getValueFactory().setValue(decimalsValue.get());
        decimals.valueProperty().addListener((obs, old, d) -> decimalsValue.set(d));
        decimalsValue.addListener((obs, old, d) -> decimals.getValueFactory().setValue(d.intValue()));
        export.setId("exportWorked");
        export.setTooltip(new Tooltip("Write this worked example as Markdown or LaTeX for a handout"));
        export.disableProperty().bind(Bindings.createBooleanBinding(
                () -> onExport.get() == null || trace.getValue() == null, onExport, trace));
        export.setOnAction(e -> {
            Consumer<IterationTrace> handler = onExport.get();
            if (handler != null && trace.getValue() != null) {
                handler.accept(trace.getValue());
            }
        });
        for (Region r : new Region[] {point, decimals, export}) {
            r.setFocusTraversable(false);
        }
        point.setMinWidth(Region.USE_PREF_SIZE);
        decimals.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label pointLabel = new Label("Point");
        Label decimalsLabel = new Label("Decimals");
        pointLabel.setMinWidth(Region.USE_PREF_SIZE);
        decimalsLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox choices = new HBox(8, pointLabel, point, decimalsLabel, decimals, spacer, export);
        choices.setAlignment(Pos.CENTER_LEFT);
        stepperBar = new PhaseStepperBar(stepper);
        getChildren().addAll(choices, stepperBar);
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
