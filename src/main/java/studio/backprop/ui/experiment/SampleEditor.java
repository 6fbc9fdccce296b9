package studio.backprop.ui.experiment;

import java.util.Random;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import studio.backprop.engine.Preset;
import studio.backprop.engine.Presets;
import studio.backprop.engine.Sampling;
import studio.backprop.model.SavedExperiment;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * A function preset's sample: how many points, how much noise, and its seed, with "New sample" for
 * another draw of the same curve; each is one undoable edit of the data, training going on from the
 * weights reached. So a class can make a small noisy set that a big network overfits. Shown while the
 * experiment is a function preset.
 */
final class SampleEditor extends VBox {
    private final ExperimentEditor editor;
    private final Random seeds;
    private final ValidatedField<Long> points = new ValidatedField<>(SampleEditor::points,
            "How many points: a whole number from 2 to " + Sampling.MAX_POINTS + ", then Enter");
    private final ValidatedField<Double> noise = new ValidatedField<>(SampleEditor::noise,
            "The noise's standard deviation: 0 to 1, then Enter");
    private final ValidatedField<Long> seed = new ValidatedField<>(ValidatedField::wholeNumberFromZero,
            "The noise's seed: a whole number from 0, then Enter");
    private final EditMessage message = new EditMessage("sampleMessage");
    /** The sample the data was last drawn from, and the preset it belongs to. */
    private Sampling sampling;
    private String preset;

    SampleEditor(ExperimentEditor editor, Random seeds) {
        this.editor = editor;
        this.seeds = seeds;
        setSpacing(6);
        points.setId("samplePoints");
        noise.setId("sampleNoise");
        seed.setId("sampleSeed");
        points.setPrefColumnCount(5);
        noise.setPrefColumnCount(5);
        seed.setPrefColumnCount(7);
        points.setOnCommit(n -> draw(sampling.withPoints(n.intValue())));
        noise.setOnCommit(sd -> draw(sampling.withNoise(sd)));
        seed.setOnCommit(s -> draw(sampling.withSeed(s)));
        Button again = new Button("New sample");
        again.setId("newSample");
        again.setTooltip(new Tooltip("Another draw of the noise, from a new seed"));
        again.setOnAction(e -> draw(sampling.withSeed(seeds.nextInt(ExperimentEditor.NEW_SEEDS))));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("points"), points);
        grid.addRow(1, new Label("noise σ"), noise);
        grid.addRow(2, new Label("seed"), seed, again);
        getChildren().addAll(grid, message);
        managedProperty().bind(visibleProperty());
        editor.stateProperty().addListener((obs, old, s) -> show(s));
        show(editor.state());
    }

    private void draw(Sampling next) {
        if (message.run(() -> {
            next.data(); // refused here, before any edit
            editor.edit(s -> s.withData(next.data()), "sample: " + next.points() + " points, noise "
                    + next.noise() + ", seed " + next.seed());
        })) {
            sampling = next;
            showFields();
        }
    }

    private void show(SavedExperiment state) {
        Preset p = state.preset() == null ? null : Presets.find(state.preset()).orElse(null);
        setVisible(p != null && p.sampling() != null);
        if (p != null && p.sampling() != null && !p.id().equals(preset)) {
            preset = p.id();
            sampling = p.sampling();
            showFields();
        }
    }

    private void showFields() {
        points.show(Integer.toString(sampling.points()));
        noise.show(Double.toString(sampling.noise()));
        seed.show(Long.toString(sampling.seed()));
    }

    static long points(String text) {
        long n = ValidatedField.wholeNumber(text);
        if (n < 2 || n > Sampling.MAX_POINTS) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not 2 to " + Sampling.MAX_POINTS);
        }
        return n;
    }

    static double noise(String text) {
        double sd = ValidatedField.finiteNumber(text);
        if (sd < 0 || sd > 1) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not 0 to 1");
        }
        return sd;
    }
}
