package studio.backprop.ui.window;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import studio.backprop.ui.command.Command;
import studio.backprop.ui.controls.TrainingControls;
import studio.backprop.ui.diagram.EdgeMode;
import studio.backprop.ui.diagram.NetworkDiagramView;
import studio.backprop.ui.diagram.WeightEdits;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.experiment.AppMenuBar;
import studio.backprop.ui.experiment.ExperimentPanel;
import studio.backprop.ui.experiment.ExperimentSession;
import studio.backprop.ui.loss.LossHistoryView;
import studio.backprop.ui.model.StudioModel;
import studio.backprop.ui.regression.PointEdits;
import studio.backprop.ui.regression.RegressionView;
import studio.backprop.ui.status.DivergenceBanner;
import studio.backprop.ui.status.TrainingStatusBar;

/**
 * The whole window: controls on top, the three live views (regression curve, network diagram, loss
 * history) side by side, the status bar below. Built from the view model only.
 */
public final class MainWindow extends BorderPane {
    public static final String TITLE = "Backprop Studio";

    private final StudioModel model;
    private final RegressionView regression;
    private final NetworkDiagramView diagram;
    private final LossHistoryView loss;
    private final TrainingControls controls;
    private final TrainingStatusBar status;
    private final FrameRateOverlay frameRate;
    private final ToggleButton teach = new ToggleButton("Worked example");
    private final TeachingDrawer drawer;
    private final SplitPane main;
    private final ExperimentSession session;
    private final ToggleButton experimentToggle = new ToggleButton("Experiment");
    private final ScrollPane experimentSide;
    private final AppMenuBar menus;

    public MainWindow(StudioModel model, ExperimentSession session) {
        this.model = model;
        this.session = session;
        getStyleClass().add("main-window");
        regression = new RegressionView(model.snapshotProperty(), model.selectedPointProperty());
        diagram = new NetworkDiagramView(model.snapshotProperty(), model.selectedPointProperty());
        loss = new LossHistoryView(model.snapshotProperty());
        controls = new TrainingControls(model);
        status = new TrainingStatusBar(model);
        frameRate = new FrameRateOverlay(model);

        CheckBox residuals = option("residuals", "Residuals", "Segments from each point to the curve");
        residuals.selectedProperty().bindBidirectional(regression.showResidualsProperty());
        CheckBox weights = option("weightLabels", "Weights", "Weight values on the edges");
        weights.selectedProperty().bindBidirectional(diagram.showWeightsProperty());
        CheckBox logX = option("logX", "Log iterations", "Logarithmic iteration axis");
        logX.selectedProperty().bindBidirectional(loss.logXProperty());
        CheckBox contributions = option("contributions", "a·h",
                "Each last-hidden neuron's contribution to the output: its weight times its output");
        contributions.selectedProperty().bindBidirectional(regression.showContributionsProperty());
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
        diagram.activePhaseProperty().bind(model.activePhaseProperty());
        ExperimentEditor editor = session.editor();
        // Edits on the plot and the diagram go through the editor: undoable, and refusals come back as
        // IllegalArgumentException, whose message the views show.
        regression.pointEditsProperty().set(new PointEdits() {
            @Override
            public void add(double x, double y) {
                editor.addPoint(x, y);
            }

            @Override
            public void move(int k, double x, double y) {
                editor.movePoint(k, x, y);
            }

            @Override
            public void delete(int k) {
                editor.deletePoint(k);
            }
        });
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

        SplitPane right = new SplitPane(
                new ViewPanel("Network", diagram, edgeMode, weights, curves),
                new ViewPanel("Loss history: RSS", loss, logX));
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.6);
        // The diagram needs the height more than the loss curve does when text is large.
        model.presentationProperty().addListener((obs, was, on) -> right.setDividerPositions(on ? 0.66 : 0.6));
        SplitPane views = new SplitPane(new ViewPanel("Regression: f(x) over the data", regression, residuals, contributions), right);
        views.setDividerPositions(0.5);
        drawer = new TeachingDrawer(model);
        experimentSide = new ScrollPane(new ExperimentPanel(session));
        experimentSide.setFitToWidth(true);
        experimentSide.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        experimentSide.prefWidthProperty().bind(Bindings.when(model.presentationProperty()).then(460).otherwise(340));
        experimentSide.setMinWidth(0);
        main = new SplitPane(views);
        StackPane center = new StackPane(main, frameRate);
        StackPane.setAlignment(frameRate, Pos.TOP_RIGHT);

        model.presentationProperty().addListener((obs, was, on) -> applyPresentation(on));
        regression.presentationProperty().bind(model.presentationProperty());
        diagram.presentationProperty().bind(model.presentationProperty());
        loss.presentationProperty().bind(model.presentationProperty());

        teach.setId("teach");
        teach.setFocusTraversable(false);
        teach.setMinWidth(Region.USE_PREF_SIZE);
        teach.setTooltip(new Tooltip(Command.WORKED_EXAMPLE.tooltip("The chapter's worked example for the selected "
                + "point, its phase stepper (" + Command.NEXT_PHASE.key() + " / " + Command.PREVIOUS_PHASE.key()
                + ") and the gradient check")));
        teach.selectedProperty().addListener((obs, was, on) -> showDrawer(on));
        HBox.setHgrow(controls, Priority.ALWAYS);
        controls.setPrefWrapLength(900);
        experimentToggle.setId("experimentToggle");
        experimentToggle.setFocusTraversable(false);
        experimentToggle.setMinWidth(Region.USE_PREF_SIZE);
        experimentToggle.setTooltip(new Tooltip(Command.EXPERIMENT_PANEL.tooltip()));
        experimentToggle.selectedProperty().addListener((obs, was, on) -> showExperiment(on));
        // Presentation mode is in the View menu: a toggle set once per lesson needs no place in the toolbar.
        // In presentation mode these two live in the View menu and on their keys (E, W), so the
        // toolbar stays one row with the large text.
        for (ToggleButton toggle : new ToggleButton[] {experimentToggle, teach}) {
            toggle.visibleProperty().bind(model.presentationProperty().not());
            toggle.managedProperty().bind(toggle.visibleProperty());
        }
        HBox bar = new HBox(12, controls, experimentToggle, teach);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        menus = new AppMenuBar(session, model, () -> getScene().getWindow());
        Map<String, Node> exported = new LinkedHashMap<>();
        exported.put("Regression", regression);
        exported.put("Network", diagram);
        exported.put("Loss history", loss);
        menus.setViews(exported);
        menus.viewMenu().getItems().addAll(
                check("Experiment panel (E)", experimentToggle.selectedProperty()),
                check("Worked example (W)", teach.selectedProperty()),
                check("Presentation mode (F5)", model.presentationProperty()),
                new SeparatorMenuItem(),
                check("Residuals", regression.showResidualsProperty()),
                check("Contributions a·h", regression.showContributionsProperty()),
                check("Weight labels", diagram.showWeightsProperty()),
                check("Neuron curves h(x)", diagram.showNeuronCurvesProperty()),
                check("Log iteration axis", loss.logXProperty()),
                check("Frame rate (F12)", frameRate.visibleProperty()));
        setTop(new VBox(menus, bar, new DivergenceBanner(model)));
        setCenter(center);
        setBottom(status);
    }

    private static CheckMenuItem check(String text, BooleanProperty property) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.selectedProperty().bindBidirectional(property);
        return item;
    }

    private void showExperiment(boolean on) {
        if (on && !main.getItems().contains(experimentSide)) {
            main.getItems().add(0, experimentSide);
            main.setDividerPosition(0, experimentSide.getPrefWidth() / Math.max(1, main.getWidth()));
        } else if (!on) {
            main.getItems().remove(experimentSide);
        }
    }

    /** Shows or hides the experiment panel (presets, layers, initial weights). */
    public void toggleExperiment() {
        experimentToggle.setSelected(!experimentToggle.isSelected());
    }

    public ExperimentSession session() {
        return session;
    }

    public AppMenuBar menus() {
        return menus;
    }

    private void showDrawer(boolean on) {
        if (on && !main.getItems().contains(drawer)) {
            main.getItems().add(drawer);
            main.setDividerPosition(main.getItems().size() - 2, 0.58);
        } else if (!on) {
            main.getItems().remove(drawer);
            drawer.worked().stop();
        }
    }

    /** Shows or hides the worked example and gradient check beside the views. */
    public void toggleDrawer() {
        teach.setSelected(!teach.isSelected());
    }

    public TeachingDrawer drawer() {
        return drawer;
    }

    private static CheckBox option(String id, String text, String tip) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setFocusTraversable(false);
        box.setTooltip(new Tooltip(tip));
        return box;
    }

    private void applyPresentation(boolean on) {
        if (on) {
            getStyleClass().add("presentation");
        } else {
            getStyleClass().remove("presentation");
        }
    }

    public StudioModel model() {
        return model;
    }

    public RegressionView regression() {
        return regression;
    }

    public NetworkDiagramView diagram() {
        return diagram;
    }

    public LossHistoryView loss() {
        return loss;
    }

    public TrainingControls controls() {
        return controls;
    }

    public TrainingStatusBar status() {
        return status;
    }

    public FrameRateOverlay frameRate() {
        return frameRate;
    }
}
