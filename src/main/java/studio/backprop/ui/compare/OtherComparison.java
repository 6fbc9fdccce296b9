package studio.backprop.ui.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import studio.backprop.engine.Architecture;
import studio.backprop.engine.Combinations;
import studio.backprop.engine.LayerVariants;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;
import studio.backprop.engine.WeightInit;

/**
 * "Other comparison…": two to four runs that differ in one setting or in several at once, each setting's
 * values typed in a row; run k takes the k-th value of every row.
 */
final class OtherComparison {
    /** The settings by what the dialog calls them, and the key files and the command line use. */
    static final Map<String, String> SETTINGS = new LinkedHashMap<>();
    /** More rows than this would make runs no class could tell apart by their labels. */
    static final int MAX_ROWS = 3;

    static {
        SETTINGS.put("learning rate α", "lr");
        SETTINGS.put("optimiser (gd, sgd, momentum, adam)", "optimizer");
        SETTINGS.put("batch size (0 for every point)", "batch-size");
        SETTINGS.put("momentum μ", "momentum");
        SETTINGS.put("L2 penalty λ2", "l2");
        SETTINGS.put("L1 penalty λ1", "l1");
        SETTINGS.put("layers (1-8-1, 1-4-4-1, …)", LayerVariants.KEY);
    }

    /**
     * One row of the dialog.
     *
     * @param key   the setting, as files name it
     * @param typed its values, apart by spaces or semicolons (or commas, except among optimisers, whose
     *              settings hold commas)
     */
    record Row(String key, String typed) {
        List<Variant> variants(Architecture like, WeightInit init) {
            String separators = key.equals("optimizer") ? "[\\s;]+" : "[\\s;,]+";
            List<String> values = Arrays.stream(typed.strip().split(separators)).filter(v -> !v.isEmpty()).toList();
            return key.equals(LayerVariants.KEY)
                    ? LayerVariants.read(values.stream().map(v -> LayerVariants.shape(like, v)).toList(), init)
                    : Variants.read(key, values);
        }
    }

    private OtherComparison() {
    }

    /**
     * The runs the rows make, layers typed taking {@code like}'s activations and drawing their weights by
     * {@code init}; refused with a message saying why.
     */
    static List<Variant> parse(List<Row> rows, Architecture like, WeightInit init) {
        List<List<Variant>> settings = new ArrayList<>();
        for (Row row : rows) {
            settings.add(row.variants(like, init));
        }
        return Combinations.of(settings);
    }

    /** Asks for settings and their values; empty when cancelled. */
    static Optional<List<Variant>> ask(Window owner, Architecture like, WeightInit init) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        List<ChoiceBox<String>> settings = new ArrayList<>();
        List<TextField> values = new ArrayList<>();
        Label problem = new Label();
        problem.getStyleClass().add("edit-message");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Dialog<List<Variant>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Button add = new Button("Add a setting");
        add.setId("compareAddSetting");
        Runnable addRow = () -> {
            int k = settings.size();
            ChoiceBox<String> setting = new ChoiceBox<>();
            setting.getItems().setAll(SETTINGS.keySet());
            setting.setValue(List.copyOf(SETTINGS.keySet()).get(k == 0 ? 0 : 1));
            setting.setMaxWidth(Double.MAX_VALUE);
            setting.setId(k == 0 ? "compareSetting" : "compareSetting" + (k + 1));
            TextField typed = new TextField(k == 0 ? "0.01 0.1 1" : "");
            typed.setId(k == 0 ? "compareValues" : "compareValues" + (k + 1));
            typed.setPrefColumnCount(24);
            settings.add(setting);
            values.add(typed);
            grid.getChildren().removeAll(add, problem);
            grid.addRow(k, new Label(k == 0 ? "Compare" : "and"), setting, typed);
            grid.add(add, 1, k + 1);
            grid.add(problem, 1, k + 2, 2, 1);
            add.setDisable(settings.size() >= MAX_ROWS);
            if (dialog.isShowing()) { // a dialog keeps the size it opened with
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                typed.requestFocus();
            }
        };
        addRow.run();
        add.setOnAction(e -> addRow.run());
        dialog.setTitle("Compare runs");
        dialog.setHeaderText("Two to four runs, the values apart by spaces.\n"
                + "With several settings, run k takes the k-th value of each.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Supplier<List<Variant>> read = () -> {
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < settings.size(); k++) {
                if (k == 0 || !values.get(k).getText().isBlank()) {
                    rows.add(new Row(SETTINGS.get(settings.get(k).getValue()), values.get(k).getText()));
                }
            }
            return parse(rows, like, init);
        };
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                read.get();
            } catch (IllegalArgumentException refused) {
                problem.setText(refused.getMessage());
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? read.get() : null);
        return dialog.showAndWait();
    }
}
