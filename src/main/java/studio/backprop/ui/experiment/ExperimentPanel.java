package studio.backprop.ui.experiment;

import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import studio.backprop.engine.Optimizers;
import studio.backprop.engine.Preset;
import studio.backprop.engine.Presets;
import studio.backprop.model.SavedExperiment;

/**
 * The side panel that sets up an experiment: which preset, how the initial weights are drawn, the
 * network's shape and, when there is a choice, the optimiser. Every control calls an editor command and shows the editor's state, so undo, open
 * and presets are reflected here as in the views. The learning rate is in the toolbar, as it is changed
 * while training runs.
 */
public final class ExperimentPanel extends VBox {
    private final ExperimentSession session;
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final Label teaches = new Label();
    private boolean showing;
    /** Whether the experiment differs from its preset (its weights, layers, data or optimiser): the box says so. */
    private boolean modified;

    public ExperimentPanel(ExperimentSession session) {
        this.session = session;
        getStyleClass().addAll("experiment-panel", "side-panel");
        setSpacing(8);
        Label title = new Label("Experiment");
        title.getStyleClass().add("side-title");

        preset.setId("preset");
        preset.getItems().setAll(Presets.all());
        preset.setButtonCell(new PresetCell(true));
        preset.setCellFactory(list -> new PresetCell(false));
        preset.setPromptText("Opened from a file");
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setTooltip(new Tooltip("Start over from a ready-made experiment"));
        preset.valueProperty().addListener((obs, old, p) -> choose(p));
        teaches.setId("teaches");
        teaches.getStyleClass().add("teaches");
        teaches.setWrapText(true);
        teaches.setMinHeight(Region.USE_PREF_SIZE);

        // What the last edit did to training, said where the edits are made.
        Label notice = new Label();
        notice.setId("editNotice");
        notice.getStyleClass().add("edit-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(session.model().noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());

        getChildren().addAll(title, notice,
                section("Preset"), preset, teaches, new SampleEditor(session.editor(), new Random()),
                section("Initial weights"), new InitialWeightsEditor(session.editor()),
                section("Input features"), new FeaturesEditor(session.editor()),
                section("Layers"), new LayersEditor(session.editor()));
        // With the chapter's gradient descent alone there is nothing to choose, so no section to show.
        if (Optimizers.ALL.size() > 1) {
            getChildren().addAll(section("Optimiser"), new OptimizerEditor(session.editor(), Optimizers.ALL));
        }
        getChildren().addAll(section("Batches, penalty, held-out points"), new TrainingOptionsEditor(session.editor()));
        session.editor().stateProperty().addListener((obs, old, s) -> show(s));
        show(session.editor().state());
    }

    private void choose(Preset p) {
        if (showing || p == null) {
            return;
        }
        if (!session.choosePreset(p.id())) {
            show(session.editor().state());
        }
    }

    private void show(SavedExperiment state) {
        Preset p = state.preset() == null ? null : Presets.find(state.preset()).orElse(null);
        modified = p != null && !state.sameSetup(SavedExperiment.start(p.experiment(), p.id(), p.init()));
        showing = true;
        try {
            preset.setValue(null); // the box's own cell says "(modified)" afresh even when the preset is the same
            preset.setValue(p);
        } finally {
            showing = false;
        }
        teaches.setText(p == null ? "" : p.teaches());
    }

    private static Node section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A preset by title; in the box itself after "(modified)" once the experiment differs from it. */
    private final class PresetCell extends ListCell<Preset> {
        private final boolean inBox;

        PresetCell(boolean inBox) {
            this.inBox = inBox;
        }

        @Override
        protected void updateItem(Preset p, boolean empty) {
            super.updateItem(p, empty);
            // First, so that a long title cut at the panel's width still shows it.
            setText(empty || p == null ? null : (inBox && modified ? "(modified) " : "") + p.title());
            setTooltip(empty || p == null ? null : new Tooltip(p.teaches()));
        }
    }
}
