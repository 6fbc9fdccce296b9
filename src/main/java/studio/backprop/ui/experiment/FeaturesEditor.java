package studio.backprop.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Feature;
import studio.backprop.engine.FeatureEdit;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * What the input layer sees, as TF Playground offers it: a box per feature of the data's inputs (x, x^2,
 * x^3, sin(pi x) for one; x1, x2, x1^2, x2^2, x1 x2, sin(pi x1), sin(pi x2) for two). Each ticked one is an
 * input neuron; ticking one is an undoable edit that keeps the weights of those already seen.
 */
final class FeaturesEditor extends VBox {
    private final ExperimentEditor editor;
    private final FlowPane boxes = new FlowPane(10, 4);
    private final EditMessage message = new EditMessage("featuresMessage");
    private final List<CheckBox> shown = new ArrayList<>();
    private List<Feature> offered = List.of();
    private boolean showing;

    FeaturesEditor(ExperimentEditor editor) {
        this.editor = editor;
        setSpacing(4);
        boxes.setId("features");
        getChildren().addAll(boxes, message);
        editor.stateProperty().addListener((obs, old, s) -> show(s.network().architecture()));
        show(editor.state().network().architecture());
    }

    private void show(Architecture arch) {
        List<Feature> all = Feature.ofInputs(arch.inputs());
        // Features are offered for one input and for two; a network of more, opened from a file, has none.
        setVisible(!all.isEmpty());
        setManaged(!all.isEmpty());
        if (all.isEmpty()) {
            return;
        }
        List<Feature> seen = FeatureEdit.seen(arch);
        showing = true;
        if (!all.equals(offered)) {
            offered = all;
            shown.clear();
            for (Feature f : all) {
                CheckBox box = new CheckBox(f.id());
                box.setId("feature-" + f.name());
                box.setTooltip(new Tooltip("An input neuron that sees " + f.id() + " of each point"));
                box.selectedProperty().addListener((obs, was, on) -> choose());
                shown.add(box);
            }
            boxes.getChildren().setAll(shown);
        }
        for (int k = 0; k < all.size(); k++) {
            shown.get(k).setSelected(seen.contains(all.get(k)));
        }
        showing = false;
    }

    private void choose() {
        if (showing) {
            return;
        }
        List<Feature> chosen = new ArrayList<>();
        for (int k = 0; k < offered.size(); k++) {
            if (shown.get(k).isSelected()) {
                chosen.add(offered.get(k));
            }
        }
        if (chosen.isEmpty()) {
            message.setText("The network needs at least one input: tick another feature first");
            show(editor.state().network().architecture());
            return;
        }
        boolean done = message.run(() -> editor.edit(s -> s.withEditedNetwork(FeatureEdit.seeing(s.network(), chosen,
                s.init())), "features " + String.join(",", chosen.stream().map(Feature::id).toList())));
        if (!done) {
            show(editor.state().network().architecture());
        }
    }
}
