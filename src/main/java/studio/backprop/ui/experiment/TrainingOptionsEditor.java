package studio.backprop.ui.experiment;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;
import studio.backprop.ui.edit.OptionsEdits;

/**
 * How training goes beyond the chapter's full batch: the batch size and its shuffle, the L2 and L1
 * penalties, and the points held out (a fraction drawn from a seed here; one point at a time on the
 * plot). Every control is one undoable edit, and shows the editor's state.
 */
final class TrainingOptionsEditor extends VBox {
    private final ExperimentEditor editor;
    private final OptionsEdits edits;
    private final ValidatedField<Integer> batch = new ValidatedField<>(TrainingOptionsEditor::batchSize,
            "Points per update: a whole number from 1, or empty for every point (the chapter's full batch)");
    private final Label batchOf = new Label();
    private final CheckBox shuffle = new CheckBox("Shuffle, seed");
    private final ValidatedField<Long> shuffleSeed = new ValidatedField<>(ValidatedField::wholeNumberFromZero,
            "The seed of each epoch's order: a whole number from 0, then Enter");
    private final ValidatedField<Double> l2 = new ValidatedField<>(TrainingOptionsEditor::lambda,
            "λ2 of the L2 penalty λ2 Σ a² on the weights (not the biases): 0 or more, then Enter");
    private final ValidatedField<Double> l1 = new ValidatedField<>(TrainingOptionsEditor::lambda,
            "λ1 of the L1 penalty λ1 Σ |a| on the weights (not the biases): 0 or more, then Enter");
    private final ValidatedField<Double> fraction = new ValidatedField<>(TrainingOptionsEditor::fraction,
            "The share of the points to hold out of training: between 0 and 1, such as 0.25");
    private final ValidatedField<Long> splitSeed = new ValidatedField<>(ValidatedField::wholeNumberFromZero,
            "The seed that chooses the held-out points: a whole number from 0");
    private final Label heldOut = new Label();
    private final EditMessage message = new EditMessage("trainingMessage");
    private boolean showing;

    TrainingOptionsEditor(ExperimentEditor editor) {
        this.editor = editor;
        this.edits = new OptionsEdits(editor);
        setSpacing(6);
        batch.setId("batchSize");
        batch.setPrefColumnCount(5);
        batch.setPromptText("all");
        batch.setOnCommit(b -> message.run(() -> edits.setBatchSize(b)));
        shuffle.setId("shuffle");
        shuffle.setTooltip(new Tooltip("Take the points in a new order each epoch, drawn from the seed"));
        shuffle.selectedProperty().addListener((obs, was, on) -> {
            if (!showing) {
                message.run(() -> edits.setShuffle(on ? OptionalLong.of(seedOr(shuffleSeed, 1)) : OptionalLong.empty()));
            }
        });
        shuffleSeed.setId("shuffleSeed");
        shuffleSeed.setPrefColumnCount(6);
        shuffleSeed.setOnCommit(s -> message.run(() -> edits.setShuffle(OptionalLong.of(s))));
        l2.setId("l2");
        l1.setId("l1");
        for (ValidatedField<Double> lambda : List.of(l2, l1)) {
            lambda.setPrefColumnCount(6);
        }
        l2.setOnCommit(v -> message.run(() -> edits.setPenalty(new Penalty(options().penalty().l1(), v))));
        l1.setOnCommit(v -> message.run(() -> edits.setPenalty(new Penalty(v, options().penalty().l2()))));
        fraction.setId("holdOutFraction");
        fraction.setPrefColumnCount(5);
        fraction.show("0.25");
        splitSeed.setId("splitSeed");
        splitSeed.setPrefColumnCount(6);
        splitSeed.show("1");
        Button hold = new Button("Hold out");
        hold.setId("holdOut");
        hold.setTooltip(new Tooltip("Hold out this share of the points, chosen from the seed"));
        hold.setOnAction(e -> message.run(() -> edits.holdOutFraction(fraction(fraction.getText()),
                seedOr(splitSeed, 1))));
        Button all = new Button("Train on all");
        all.setId("trainOnAll");
        all.setOnAction(e -> message.run(edits::holdOutNone));
        heldOut.setId("heldOutPoints");
        heldOut.setWrapText(true);
        heldOut.getStyleClass().add("teaches");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Batch size"), batch, batchOf);
        grid.add(shuffle, 0, 1, 2, 1);
        grid.add(shuffleSeed, 2, 1);
        grid.addRow(2, new Label("L2 λ2"), l2);
        grid.addRow(3, new Label("L1 λ1"), l1);
        grid.addRow(4, new Label("Hold out"), fraction, hold);
        grid.addRow(5, new Label("seed"), splitSeed, all);
        getChildren().addAll(grid, heldOut, message);
        editor.stateProperty().addListener((obs, old, s) -> show(s));
        show(editor.state());
    }

    private TrainingOptions options() {
        return editor.state().options();
    }

    private void show(SavedExperiment state) {
        TrainingOptions o = state.options();
        showing = true;
        try {
            batch.show(o.batchSize() == 0 ? "" : Integer.toString(o.batchSize()));
            batchOf.setText("of " + o.trainingPoints(state.data()));
            shuffle.setSelected(o.shuffle().isPresent());
            shuffleSeed.show(o.shuffle().isPresent() ? Long.toString(o.shuffle().getAsLong()) : "");
            shuffleSeed.setDisable(o.shuffle().isEmpty());
            l2.show(TrainingSnapshot.formatRate(o.penalty().l2()));
            l1.show(TrainingSnapshot.formatRate(o.penalty().l1()));
        } finally {
            showing = false;
        }
        heldOut.setText(o.heldOut().isEmpty() ? "Every point is trained on. Shift+click a point, or select it and"
                + " press H, to hold it out." : o.heldOut().size() + " of " + state.data().size()
                + " points held out: " + o.heldOut().stream().map(p -> Integer.toString(p + 1))
                .collect(Collectors.joining(", ")));
    }

    private static long seedOr(ValidatedField<Long> field, long otherwise) {
        return field.getText().isBlank() || !field.isValid() ? otherwise
                : ValidatedField.wholeNumberFromZero(field.getText());
    }

    static int batchSize(String text) {
        if (text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return 0;
        }
        long size = ValidatedField.wholeNumber(text);
        if (size < 1 || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not a batch size: 1 or more, or empty for all");
        }
        return (int) size;
    }

    static double lambda(String text) {
        double value = ValidatedField.finiteNumber(text);
        if (value < 0) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is below 0");
        }
        return value;
    }

    static double fraction(String text) {
        double value = ValidatedField.finiteNumber(text);
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not between 0 and 1");
        }
        return value;
    }
}
