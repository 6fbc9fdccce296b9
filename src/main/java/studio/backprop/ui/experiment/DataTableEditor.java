package studio.backprop.ui.experiment;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import studio.backprop.engine.DataSet;
import studio.backprop.io.Decimals;
import studio.backprop.model.SavedExperiment;
import studio.backprop.ui.edit.ExperimentEditor;

/**
 * The training points as a table whose x and y can be typed over. Every change is an editor command, so
 * it can be undone and the trainer follows at once; a value that is not a finite number is marked and
 * never reaches the data. The selected row is the point the views highlight.
 */
public final class DataTableEditor extends VBox {
    /** One row: point {@code index} (from 0). */
    public record Point(int index, double x, double y) {
    }

    private final ExperimentEditor editor;
    private final IntegerProperty selected;
    private final TableView<Point> table = new TableView<>();
    private final EditMessage message = new EditMessage("dataMessage");
    private final DataClipboard clipboard;
    private DataSet shown;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    /** @param selected the point the views highlight, kept in step with the table's selection */
    public DataTableEditor(ExperimentEditor editor, IntegerProperty selected) {
        this.editor = editor;
        this.selected = selected;
        clipboard = new DataClipboard(editor, message::setText);
        getStyleClass().add("data-table-editor");
        setSpacing(8);
        Label title = new Label("Data points");
        title.getStyleClass().add("side-title");

        table.setId("dataTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No points"));
        TableColumn<Point, Point> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        number.setCellFactory(c -> new PointCell(null));
        number.setSortable(false);
        number.setReorderable(false);
        number.setMinWidth(48);
        number.setMaxWidth(64);
        table.getColumns().add(number);
        table.getColumns().add(valueColumn("x", 0));
        table.getColumns().add(valueColumn("y", 1));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button add = new Button("Add point");
        add.setId("addPoint");
        add.setTooltip(new Tooltip("A new point in the widest gap between the points"));
        add.setOnAction(e -> command(() -> {
            double[] p = NewPoint.inWidestGap(editor.state().data());
            editor.addPoint(p[0], p[1]);
            selected.set(editor.state().data().size() - 1);
        }));
        Button delete = new Button("Delete selected point");
        delete.setId("deletePoint");
        delete.setTooltip(new Tooltip("Removes the selected point (Delete)"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        FlowPane buttons = new FlowPane(8, 8, add, delete);

        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setOnKeyPressed(e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return; // a field being typed in copies and pastes its own text
            }
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            } else if (COPY.match(e)) {
                List<Integer> rows = table.getSelectionModel().getSelectedIndices();
                clipboard.copy(rows.size() > 1 ? rows.stream().mapToInt(Integer::intValue).sorted().toArray()
                        : new int[0]);
                e.consume();
            } else if (PASTE.match(e)) {
                clipboard.paste();
                e.consume();
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, k) -> {
            if (k.intValue() >= 0) {
                selected.set(k.intValue());
            }
        });
        selected.addListener((obs, old, k) -> {
            if (k.intValue() != table.getSelectionModel().getSelectedIndex()) {
                table.getSelectionModel().clearAndSelect(k.intValue());
            }
        });
        editor.stateProperty().addListener((obs, old, state) -> showData(state));
        showData(editor.state());
        Label hint = new Label("Click a value to type over it; Enter applies it. Ctrl+C copies the points (or"
                + " the rows selected) for a spreadsheet; Ctrl+V pastes rows copied from one.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(title, hint, table, buttons, message);
    }

    /** Rows to a spreadsheet and back; for tests, which answer its question themselves. */
    DataClipboard clipboard() {
        return clipboard;
    }

    public TableView<Point> table() {
        return table;
    }

    /** The last refusal or the reason typed text is not a value; "" when all is well. */
    public Label message() {
        return message;
    }

    private TableColumn<Point, Point> valueColumn(String name, int which) {
        TableColumn<Point, Point> column = new TableColumn<>(name);
        column.setId(name + "Column");
        column.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
        column.setCellFactory(c -> new PointCell(new CellValue(which)));
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private void showData(SavedExperiment state) {
        if (state.data() == shown) {
            return;
        }
        shown = state.data();
        List<Point> points = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            points.add(new Point(k, shown.x(k), shown.y(k)));
        }
        table.getItems().setAll(points);
        table.getSelectionModel().clearAndSelect(Math.min(selected.get(), points.size() - 1));
    }

    private void deleteSelected() {
        int k = table.getSelectionModel().getSelectedIndex();
        if (k >= 0) {
            command(() -> editor.deletePoint(k));
        }
    }

    private void command(Runnable edit) {
        message.run(edit);
    }

    /** A field for x (0) or y (1) of whichever point its cell shows. */
    private final class CellValue {
        final ValidatedField<Double> field = new ValidatedField<>(ValidatedField::finiteNumber,
                "Type a number and press Enter");
        private Point point;

        CellValue(int which) {
            field.getStyleClass().add("cell-field");
            field.setId(which == 0 ? "xField" : "yField");
            field.setOnCommit(v -> command(() -> editor.movePoint(point.index(),
                    which == 0 ? v : point.x(), which == 1 ? v : point.y())));
            field.problemProperty().addListener((obs, old, problem) -> message.setText(problem.isEmpty()
                    ? "" : (which == 0 ? "x" : "y") + " of point " + (point.index() + 1) + ": " + problem
                    + " (not used)"));
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (focused && point != null) {
                    table.getSelectionModel().select(point.index());
                }
            });
            this.which = which;
        }

        private final int which;

        void show(Point p) {
            point = p;
            field.show(Decimals.exact(which == 0 ? p.x() : p.y()));
        }
    }

    private static final class PointCell extends TableCell<Point, Point> {
        private final CellValue value;

        PointCell(CellValue value) {
            this.value = value;
        }

        @Override
        protected void updateItem(Point p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null || value != null ? null : Integer.toString(p.index() + 1));
            if (value != null && !empty && p != null) {
                value.show(p);
                setGraphic(value.field);
            } else {
                setGraphic(null);
            }
        }
    }
}
