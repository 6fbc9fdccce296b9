package studio.backprop.ui.experiment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import studio.backprop.engine.OptimizerKind;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * Which optimiser trains, and a field for each of its settings, built from the kinds it is given: a
 * newly registered optimiser appears here with its settings and nothing else to write.
 */
final class OptimizerEditor extends VBox {
    private final ExperimentEditor editor;
    private final ComboBox<OptimizerKind> kind = new ComboBox<>();
    private final GridPane settings = new GridPane();
    private final EditMessage message = new EditMessage("optimizerMessage");
    private boolean showing;

    OptimizerEditor(ExperimentEditor editor, List<OptimizerKind> kinds) {
        this.editor = editor;
        setSpacing(6);
        kind.setId("optimizer");
        kind.getItems().setAll(kinds);
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(list -> new KindCell());
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setTooltip(new Tooltip("How each iteration turns the gradient into new weights"));
        kind.valueProperty().addListener((obs, old, k) -> {
            if (!showing && k != null) {
                message.run(() -> editor.setOptimizer(new OptimizerSpec(k, Map.of())));
            }
        });
        settings.setHgap(8);
        settings.setVgap(6);
        getChildren().addAll(kind, settings, message);
        editor.stateProperty().addListener((obs, old, s) -> show(s));
        show(editor.state());
    }

    private void show(SavedExperiment state) {
        OptimizerSpec spec = state.optimizer();
        showing = true;
        try {
            kind.setValue(spec.kind());
        } finally {
            showing = false;
        }
        settings.getChildren().clear();
        int row = 0;
        for (String name : new TreeMap<>(spec.settings()).keySet()) {
            ValidatedField<Double> field = new ValidatedField<>(ValidatedField::finiteNumber,
                    name + ": a number, then Enter");
            field.setId("optimizer-" + name);
            field.setPrefColumnCount(6);
            field.show(TrainingSnapshot.formatRate(spec.settings().get(name)));
            field.setOnCommit(v -> message.run(() -> editor.setOptimizer(editor.state().optimizer().with(name, v))));
            field.problemProperty().addListener((obs, old, p) -> message.setText(p.isEmpty() ? "" : name + ": " + p));
            settings.addRow(row++, new Label(name), field);
        }
    }

    private static final class KindCell extends ListCell<OptimizerKind> {
        @Override
        protected void updateItem(OptimizerKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : k.title());
        }
    }
}
