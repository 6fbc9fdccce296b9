package studio.backprop.ui.gradcheck;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.engine.GradientCheck.Entry;
import studio.backprop.engine.GradientCheck;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.model.StudioModel;

/**
 * Backpropagation checked by calculus done the slow way: for the current weights, every weight's
 * dRSS/dw from backpropagation beside a centred finite difference, with their relative error, worst
 * first. Computed off the FX thread on request (it runs four trainers per weight).
 */
public final class GradientCheckView extends VBox {
    private final TableView<Entry> table = new TableView<>();
    private final Label summary = new Label("Press Check to compare every gradient with a finite difference.");
    private final ReadOnlyObjectWrapper<GradientCheck> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final StudioModel model;
    private final Button check = new Button("Check");
    private long requests;

    public GradientCheckView(StudioModel model) {
        this.model = model;
        getStyleClass().add("gradient-check");
        setSpacing(8);
        setPadding(new Insets(8));
        check.setId("gradcheckRun");
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.setTooltip(new Tooltip("Compare backpropagation with a centred finite difference at the current weights"));
        check.setOnAction(e -> check());
        summary.setId("gradcheckSummary");
        summary.setWrapText(true);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(10, check, summary);
        top.setAlignment(Pos.CENTER_LEFT);

        table.setId("gradcheckTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No check yet"));
        table.getColumns().add(column("weight", Entry::name));
        table.getColumns().add(column("backprop", e -> number(e.backprop())));
        table.getColumns().add(column("finite diff.", e -> number(e.numeric())));
        table.getColumns().add(column("relative error", e -> String.format(Locale.ROOT, "%.1e", e.relativeError())));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
    }

    private static TableColumn<Entry, String> column(String title, Function<Entry, String> value) {
        TableColumn<Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.9g", v); // enough digits to see them agree, few enough to fit
    }

    /** Checks the weights shown now; the table fills in when done. */
    public void check() {
        TrainingSnapshot s = model.getSnapshot();
        if (s == null) {
            return;
        }
        summary.setText(String.format(Locale.ROOT, "Checking %d weights at iteration %,d...",
                s.network().architecture().parameterCount(), s.iteration()));
        long request = ++requests;
        check.setDisable(true);
        CompletableFuture.supplyAsync(() -> GradientCheck.of(s.network(), s.data()))
                .whenComplete((c, error) -> Platform.runLater(() -> {
                    if (request != requests) {
                        return; // an older check finishing late
                    }
                    check.setDisable(false);
                    if (error != null) {
                        summary.setText("The check failed: " + error.getMessage());
                    } else {
                        show(c, s.iteration());
                    }
                }));
    }

    private void show(GradientCheck c, long iteration) {
        result.set(c);
        table.setItems(FXCollections.observableArrayList(c.entries()));
        Entry worst = c.worst();
        summary.setText(String.format(Locale.ROOT, "Iteration %,d: worst relative error %.1e (%s): %s", iteration,
                c.maxRelativeError(), worst.name(),
                c.agrees() ? "backpropagation and calculus agree" : "they disagree"));
    }

    /** The last check, or null. */
    public ReadOnlyObjectProperty<GradientCheck> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
