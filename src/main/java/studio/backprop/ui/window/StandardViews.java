package studio.backprop.ui.window;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import studio.backprop.ui.diagram.DiagramMode;
import studio.backprop.ui.diagram.EdgeMode;
import studio.backprop.ui.diagram.NetworkDiagramView;
import studio.backprop.ui.diagram.WeightEdits;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.loss.LossHistoryView;
import studio.backprop.ui.map.OutputMapView;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.regression.RegressionView;
import studio.backprop.ui.window.StudioView.Toggle;

/**
 * The views the window shows, in the order it lays them out: the regression curve on the left (for two
 * inputs the output map in its place), the network diagram and the loss history stacked on the right.
 * Each is wired here to the studio model and the editor, with its options and its View-menu toggles.
 */
public final class StandardViews {
    private final RegressionView regression;
    private final OutputMapView map;
    private final StudioView mapEntry;
    private final NetworkDiagramView diagram;
    private final LossHistoryView loss;
    private final List<StudioView> list;

    public StandardViews(StudioModel model, ExperimentEditor editor) {
        regression = new RegressionView(model.snapshotProperty(), model.selectedPointProperty());
        map = new OutputMapView(model.snapshotProperty(), model.selectedPointProperty());
        diagram = new NetworkDiagramView(model.snapshotProperty(), model.selectedPointProperty());
        loss = new LossHistoryView(model.snapshotProperty());
        regression.comparedProperty().bind(model.comparison().comparedProperty());
        loss.comparedProperty().bind(model.comparison().comparedProperty());
        diagram.activePhaseProperty().bind(model.activePhaseProperty());
        editThrough(editor);
        list = List.of(regressionEntry(), diagramEntry(), lossEntry());
        mapEntry = new StudioView("Output map: f(x1, x2) over the inputs", "Output map", map, List.of(), List.of(), 1, 1);
    }

    private StudioView regressionEntry() {
        CheckBox residuals = option("residuals", "Residuals", "Segments from each point to the curve");
        residuals.selectedProperty().bindBidirectional(regression.showResidualsProperty());
        CheckBox contributions = option("contributions", "a·h",
                "Each last-hidden neuron's contribution to the output: its weight times its output");
        contributions.selectedProperty().bindBidirectional(regression.showContributionsProperty());
        return new StudioView("Regression: f(x) over the data", "Regression", regression,
                List.of(residuals, contributions),
                List.of(new Toggle("Residuals", regression.showResidualsProperty()),
                        new Toggle("Contributions a·h", regression.showContributionsProperty())),
                1, 1);
    }

    private StudioView diagramEntry() {
        CheckBox weights = option("weightLabels", "Weights", "Weight values on the edges");
        weights.selectedProperty().bindBidirectional(diagram.showWeightsProperty());
        CheckBox curves = option("neuronCurves", "h(x)", "Each hidden neuron's output over the x-range");
        curves.selectedProperty().bindBidirectional(diagram.showNeuronCurvesProperty());
        ComboBox<EdgeMode> edgeMode = new ComboBox<>(FXCollections.observableArrayList(EdgeMode.values()));
        edgeMode.setId("edgeMode");
        edgeMode.setFocusTraversable(false);
        edgeMode.setTooltip(new Tooltip("What the edges show: weights, the last gradient, the last change, "
                + "or the selected point's share of the gradient"));
        edgeMode.valueProperty().bindBidirectional(diagram.edgeModeProperty());
        edgeMode.setValue(EdgeMode.WEIGHT);
        edgeMode.setPrefWidth(150);
        edgeMode.setMinWidth(90);
        BooleanProperty matricesOn = new SimpleBooleanProperty(diagram, "matrices");
        matricesOn.addListener((obs, was, on) -> diagram.diagramModeProperty().set(on ? DiagramMode.MATRICES
                : DiagramMode.GRAPH));
        diagram.diagramModeProperty().addListener((obs, was, m) -> matricesOn.set(m == DiagramMode.MATRICES));
        CheckBox matrices = option("matrices", "Matrices", "The weights as the chapter's matrices A_l and b_l, a cell"
                + " per weight coloured as the edges are: readable at any width");
        matrices.selectedProperty().bindBidirectional(matricesOn);
        // The diagram needs the height more than the loss curve does when text is large.
        return new StudioView("Network", "Network", diagram, List.of(edgeMode, matrices, weights, curves),
                List.of(new Toggle("Weight labels", diagram.showWeightsProperty()),
                        new Toggle("Neuron curves h(x)", diagram.showNeuronCurvesProperty()),
                        new Toggle("Weights as matrices", matricesOn)),
                0.6, 0.66);
    }

    private StudioView lossEntry() {
        CheckBox logX = option("logX", "Log iterations", "Logarithmic iteration axis");
        logX.selectedProperty().bindBidirectional(loss.logXProperty());
        return new StudioView("Loss history: RSS", "Loss history", loss, List.of(logX),
                List.of(new Toggle("Log iteration axis", loss.logXProperty())), 0.4, 0.34);
    }

    /** Edits on the plot and the diagram go through the editor: undoable, and refusals come back as messages. */
    private void editThrough(ExperimentEditor editor) {
        EditorPointEdits points = new EditorPointEdits(editor);
        regression.pointEditsProperty().set(points);
        map.mapEditsProperty().set(points);
        diagram.weightEditsProperty().set(new WeightEdits() {
            @Override
            public void setWeight(int l, int i, int j, double v) {
                editor.setWeight(l, i, j, v);
            }

            @Override
            public void setBias(int l, int i, double v) {
                editor.setBias(l, i, v);
            }
        });
    }

    private static CheckBox option(String id, String text, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setFocusTraversable(false);
        box.setTooltip(new Tooltip(tip));
        return box;
    }

    /** The entries, in layout order. */
    public List<StudioView> list() {
        return list;
    }

    public RegressionView regression() {
        return regression;
    }

    /** The first view for data of two inputs, in the regression plot's place. */
    public StudioView mapEntry() {
        return mapEntry;
    }

    public OutputMapView map() {
        return map;
    }

    public NetworkDiagramView diagram() {
        return diagram;
    }

    public LossHistoryView loss() {
        return loss;
    }
}
