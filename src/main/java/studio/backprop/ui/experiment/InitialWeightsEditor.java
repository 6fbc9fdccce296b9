package studio.backprop.ui.experiment;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.backprop.engine.WeightInit.Method;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.TrainingSnapshot;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * How the initial weights are drawn: the method, σ for the normal one, and the seed. Exercise 2 is about
 * the seed, so it is a field to type into and a button for another, not hidden in a dialog.
 */
final class InitialWeightsEditor extends VBox {
    private final ExperimentEditor editor;
    private final ComboBox<Method> method = new ComboBox<>();
    private final ValidatedField<Double> sigma = new ValidatedField<>(ValidatedField::positiveNumber,
            "σ, the standard deviation of the weights: a number above 0, then Enter");
    private final ValidatedField<Long> seed = new ValidatedField<>(ValidatedField::wholeNumberFromZero,
            "The seed of the random weights: a whole number from 0, then Enter");
    private final Label sigmaLabel = new Label("σ");
    private final EditMessage message = new EditMessage("initMessage");
    private static final String EDITED_TIP = "The initial weights were edited after they were drawn (a weight, "
            + "a layer or an activation changed after training): Reset returns to them as edited. Choose a method "
            + "or New seed to draw them afresh.";
    private boolean showing;
    /** Whether the initial weights were edited since they were drawn: the box then says so. */
    private boolean edited;

    InitialWeightsEditor(ExperimentEditor editor) {
        this.editor = editor;
        setSpacing(6);
        method.setId("initMethod");
        method.getItems().setAll(Method.values());
        method.setButtonCell(new MethodCell(true));
        method.setCellFactory(list -> new MethodCell(false));
        method.setMaxWidth(Double.MAX_VALUE);
        method.setTooltip(new Tooltip("How the initial weights are drawn"));
        method.valueProperty().addListener((obs, old, m) -> {
            if (!showing && m != null) {
                message.run(() -> editor.setInitialization(new WeightInit(m, current().sigma(), current().seed())));
            }
        });
        sigma.setId("sigmaField");
        sigma.setPrefColumnCount(5);
        sigma.setOnCommit(s -> message.run(() -> editor.setInitialization(WeightInit.normal(s, current().seed()))));
        seed.setId("seedField");
        seed.setPrefColumnCount(8);
        seed.setPromptText("not used");
        seed.setOnCommit(s -> message.run(() -> editor.setSeed(s)));
        seed.problemProperty().addListener((obs, old, p) -> message.setText(p.isEmpty() ? "" : "seed: " + p));
        sigma.problemProperty().addListener((obs, old, p) -> message.setText(p.isEmpty() ? "" : "σ: " + p));
        Button newSeed = new Button("New seed");
        newSeed.setId("newSeed");
        newSeed.setTooltip(new Tooltip("Draw the initial weights again from another seed"));
        newSeed.setOnAction(e -> message.run(editor::newSeed));
        newSeed.disableProperty().bind(seed.disableProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, sigmaLabel, sigma);
        HBox seedRow = new HBox(6, seed, newSeed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(seed, Priority.ALWAYS);
        grid.addRow(1, new Label("seed"), seedRow);
        getChildren().addAll(method, grid, message);
        editor.stateProperty().addListener((obs, old, s) -> show(s));
        show(editor.state());
    }

    private WeightInit current() {
        return editor.state().init();
    }

    private void show(SavedExperiment state) {
        WeightInit init = state.init();
        edited = state.initialEdited();
        method.getTooltip().setText(edited ? EDITED_TIP : "How the initial weights are drawn");
        showing = true;
        try {
            method.setValue(null); // the box's own cell says "edited" afresh even when the method is the same
            method.setValue(init.method());
        } finally {
            showing = false;
        }
        boolean normal = init.method() == Method.NORMAL;
        sigma.setVisible(normal);
        sigmaLabel.setVisible(normal);
        sigma.setManaged(normal);
        sigmaLabel.setManaged(normal);
        sigma.show(normal ? TrainingSnapshot.formatRate(init.sigma()) : "");
        // The chapter's own weights take no seed; a reshaped chapter network falls back to N(0, 1) and does.
        boolean seeded = init.method() != Method.CHAPTER
                || !WeightInit.isChapterShape(state.network().architecture());
        seed.setDisable(!seeded);
        seed.show(seeded ? Long.toString(init.seed()) : "");
    }

    /** A method by name; in the box itself "Edited (from ...)" once the weights were edited since. */
    private final class MethodCell extends ListCell<Method> {
        private final boolean inBox;

        MethodCell(boolean inBox) {
            this.inBox = inBox;
        }

        @Override
        protected void updateItem(Method m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? null : inBox && edited ? "Edited (from " + shortName(m) + ")" : name(m));
        }
    }

    /** As "edited" says where the weights came from, short enough for the panel's width. */
    private static String shortName(Method m) {
        return switch (m) {
            case CHAPTER -> "the chapter's";
            case NORMAL -> "normal";
            case XAVIER -> "Xavier";
        };
    }

    /** How a method is named in the box. */
    private static String name(Method m) {
        return switch (m) {
            case CHAPTER -> "The chapter's weights";
            case NORMAL -> "Normal N(0, σ²)";
            case XAVIER -> "Xavier (Glorot uniform)";
        };
    }
}
