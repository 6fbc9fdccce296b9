package studio.backprop.ui.experiment;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import studio.backprop.engine.Activation;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.ArchitectureEdit;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * The network's shape, one row per layer: its neurons and its activation, and a button to remove a
 * hidden layer. Rows are rebuilt only when the architecture changes, so weight edits and training never
 * disturb a control being used.
 */
final class LayersEditor extends VBox {
    private final ExperimentEditor editor;
    private final GridPane rows = new GridPane();
    private final Label summary = new Label();
    private final Button add = new Button("Add hidden layer");
    private final StackPane addHolder = new StackPane(add);
    private final EditMessage message = new EditMessage("layersMessage");
    private Architecture shown;

    LayersEditor(ExperimentEditor editor) {
        this.editor = editor;
        setSpacing(6);
        rows.setId("layers");
        rows.setHgap(8);
        rows.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        rows.getColumnConstraints().addAll(name, new ColumnConstraints(), grow);
        summary.getStyleClass().add("muted");
        summary.setId("shapeSummary");
        add.setId("addLayer");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> addLayer());
        StackPane.setAlignment(add, Pos.CENTER_LEFT);
        getChildren().addAll(rows, addHolder, summary, message);
        editor.stateProperty().addListener((obs, old, s) -> show(s.network().architecture()));
        show(editor.state().network().architecture());
    }

    private void show(Architecture arch) {
        if (arch.equals(shown)) {
            return;
        }
        shown = arch;
        rows.getChildren().clear();
        rows.addRow(0, header("layer"), header("neurons"), header("activation"));
        Label inputs = new Label(Integer.toString(arch.size(0)));
        inputs.getStyleClass().add("muted");
        rows.addRow(1, new Label("input"), inputs);
        for (int l = 1; l <= arch.depth(); l++) {
            addRow(arch, l);
        }
        int hidden = ArchitectureEdit.hiddenLayers(arch);
        boolean full = hidden >= ArchitectureEdit.MAX_HIDDEN_LAYERS;
        add.setDisable(full);
        // A disabled button shows no tooltip, so the reason hangs on its holder.
        Tooltip.install(addHolder, new Tooltip(full ? "A network here has at most " + ArchitectureEdit.MAX_HIDDEN_LAYERS
                + " hidden layers: remove one first" : "A new hidden layer just before the output"));
        summary.setText("Shape " + arch.describe() + ", " + arch.parameterCount() + " weights and biases");
    }

    private void addRow(Architecture arch, int l) {
        boolean output = l == arch.depth();
        Label name = new Label(output ? "output" : "hidden " + l);
        Spinner<Integer> neurons = new Spinner<>(1, ArchitectureEdit.MAX_NEURONS, arch.size(l));
        neurons.setId("neurons" + l);
        neurons.setStyle("-fx-pref-width: 5em;");
        neurons.setEditable(!output);
        // Only digits can be typed: the spinner's own converter throws on anything else when it commits.
        neurons.getEditor().setTextFormatter(new TextFormatter<>(
                change -> change.getControlNewText().matches("\\d{0,2}") ? change : null));
        neurons.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                // An emptied field keeps the current count rather than failing.
                return text == null || text.isBlank() ? neurons.getValue() : Integer.valueOf(text.strip());
            }
        });
        neurons.setDisable(output);
        neurons.setTooltip(new Tooltip(output ? "One output: the network fits y = f(x)"
                : "Neurons in hidden layer " + l + ", 1 to " + ArchitectureEdit.MAX_NEURONS));
        neurons.valueProperty().addListener((obs, old, n) -> resize(l, n));
        ComboBox<Activation> activation = new ComboBox<>();
        activation.setId("activation" + l);
        activation.getItems().setAll(Activation.values());
        activation.setValue(arch.activation(l));
        activation.setButtonCell(new ActivationCell());
        activation.setCellFactory(list -> new ActivationCell());
        activation.setMaxWidth(Double.MAX_VALUE);
        activation.setTooltip(new Tooltip("The activation of the " + (output ? "output" : "hidden layer " + l)));
        activation.valueProperty().addListener((obs, old, a) -> edit(() -> editor.setActivation(l, a)));
        rows.addRow(l + 1, name, neurons, activation);
        if (!output) {
            Button remove = new Button("✕");
            remove.setId("removeLayer" + l);
            remove.getStyleClass().add("remove-layer");
            remove.setTooltip(new Tooltip("Remove hidden layer " + l));
            remove.setOnAction(e -> edit(() -> editor.removeLayer(l)));
            rows.add(remove, 3, l + 1);
            GridPane.setHalignment(remove, HPos.RIGHT);
        }
    }

    /** Neurons added or taken from the end, however many the spinner asks for, as one undo step. */
    private void resize(int l, int n) {
        edit(() -> editor.setNeurons(l, n));
    }

    private void addLayer() {
        Architecture arch = editor.state().network().architecture();
        int before = arch.depth() - 1;
        int size = before >= 1 ? arch.size(before) : 2;
        Activation activation = before >= 1 ? arch.activation(before) : Activation.SIGMOID;
        edit(() -> editor.addLayer(arch.depth(), size, activation));
    }

    /** A refused edit leaves the editor as it was; the rows are shown again to undo what the control shows. */
    private void edit(Runnable change) {
        if (!message.run(change)) {
            shown = null;
            show(editor.state().network().architecture());
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static final class ActivationCell extends ListCell<Activation> {
        @Override
        protected void updateItem(Activation a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : a == Activation.RELU ? "ReLU" : a.id());
        }
    }
}
