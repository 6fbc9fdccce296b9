package studio.backprop.ui.worked;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import studio.backprop.engine.DataSet;
import studio.backprop.teaching.NumberStyle;

/** "point k: (x, y)": picks the view model's selected point, and follows it when another view picks. */
final class PointChoice extends ComboBox<Integer> {
    private final IntegerProperty selected;
    private DataSet data;
    private boolean syncing;

    PointChoice(IntegerProperty selected) {
        this.selected = selected;
        setId("workedPoint");
        setVisibleRowCount(12);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : label(data, k);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        valueProperty().addListener((obs, old, k) -> {
            if (!syncing && k != null) {
                selected.set(k);
            }
        });
        selected.addListener((obs, old, k) -> select(k.intValue()));
    }

    /** Shows the points of this data set (only rebuilt when the data changes). */
    void setData(DataSet d) {
        if (d == data) {
            return;
        }
        data = d;
        syncing = true;
        try {
            getItems().setAll(IntStream.range(0, d.size()).boxed().toList());
        } finally {
            syncing = false;
        }
        select(selected.get());
    }

    private void select(int k) {
        if (data == null || k < 0 || k >= data.size()) {
            return;
        }
        syncing = true;
        try {
            setValue(k);
        } finally {
            syncing = false;
        }
    }

    /** "point 2: (0.25, 1)", numbered from 1 as a class counts; "point 2: ([0, 1], 1)" with a vector of inputs. */
    static String label(DataSet d, int k) {
        if (d == null || k >= d.size()) {
            return "point " + (k + 1);
        }
        return "point " + (k + 1) + ": (" + tuple(d.inputs(), i -> d.x(k, i)) + ", "
                + tuple(d.outputs(), i -> d.y(k, i)) + ")";
    }

    private static String tuple(int n, IntToDoubleFunction value) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(NumberStyle.given(value.applyAsDouble(i), 4));
        }
        // A vector in brackets, as the chapter writes the point ([0.25], 1) and the worked example's heading does.
        return n == 1 ? parts.get(0) : "[" + String.join(", ", parts) + "]";
    }
}
