package studio.backprop.ui.compare;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import studio.backprop.engine.Variant;
import studio.backprop.engine.Variants;

/**
 * "Other comparison…": any setting that {@code train --compare} takes, with two to four values typed in
 * a row, for the comparisons that have no menu item of their own.
 */
final class OtherComparison {
    /** The settings by what the dialog calls them, and the key files and the command line use. */
    static final Map<String, String> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("learning rate α", "lr");
        SETTINGS.put("optimiser (gd, sgd, momentum, adam)", "optimizer");
        SETTINGS.put("batch size (0 for every point)", "batch-size");
        SETTINGS.put("momentum μ", "momentum");
        SETTINGS.put("L2 penalty λ2", "l2");
        SETTINGS.put("L1 penalty λ1", "l1");
    }

    private OtherComparison() {
    }

    /**
     * The variants of {@code key} for values typed in a row, apart by spaces or semicolons (or commas,
     * except among optimisers, whose settings hold commas); refused with a message saying why.
     */
    static List<Variant> parse(String key, String typed) {
        String separators = key.equals("optimizer") ? "[\\s;]+" : "[\\s;,]+";
        List<String> values = Arrays.stream(typed.strip().split(separators)).filter(v -> !v.isEmpty()).toList();
        return Variants.parse(key, values);
    }

    /** Asks for a setting and its values; empty when cancelled. */
    static Optional<List<Variant>> ask(Window owner) {
        ChoiceBox<String> setting = new ChoiceBox<>();
        setting.getItems().setAll(SETTINGS.keySet());
        setting.setValue("learning rate α");
        setting.setId("compareSetting");
        TextField values = new TextField("0.01 0.1 1");
        values.setId("compareValues");
        values.setPrefColumnCount(24);
        Label problem = new Label();
        problem.getStyleClass().add("edit-message");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Compare"), setting);
        grid.addRow(1, new Label("values"), values);
        grid.add(problem, 1, 2);
        Dialog<List<Variant>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare runs");
        dialog.setHeaderText("Two to four runs that differ in one setting, the values apart by spaces");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                parse(SETTINGS.get(setting.getValue()), values.getText());
            } catch (IllegalArgumentException refused) {
                problem.setText(refused.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? parse(SETTINGS.get(setting.getValue()), values.getText()) : null);
        return dialog.showAndWait();
    }
}
