package studio.backprop.ui.experiment;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import studio.backprop.io.NumberText;

/**
 * A field checked as it is typed: text that is not a valid value is marked (style class {@code invalid})
 * with the reason in its tooltip and {@link #problemProperty()}, and is never committed. Enter or leaving
 * the field commits a valid value that differs from the one shown.
 *
 * @param <T> the value
 */
public final class ValidatedField<T> extends TextField {

    private final Function<String, T> parser;
    private final String hint;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Consumer<T> onCommit = value -> { };
    private String shown = "";

    /** @param parser gives the value or throws IllegalArgumentException whose message says what is wrong */
    public ValidatedField(Function<String, T> parser, String hint) {
        this.parser = parser;
        this.hint = hint;
        setTooltip(new Tooltip(hint));
        textProperty().addListener((obs, old, text) -> check(text));
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
    }

    /** A whole number; one of more digits than a long holds is too large rather than not a number. */
    public static long wholeNumber(String text) {
        String t = text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + t + "\" is " + (t.matches("[-+]?\\d+")
                    ? "too large: at most " + Long.MAX_VALUE : "not a whole number"));
        }
    }

    /** A whole number from 0 up, such as a seed. */
    public static long wholeNumberFromZero(String text) {
        long value = wholeNumber(text);
        if (value < 0) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is below 0");
        }
        return value;
    }

    /** A finite decimal number: 0.5, -3, 1e-3, a decimal comma too; not NaN, Infinity or hexadecimal. */
    public static double finiteNumber(String text) {
        String t = text.trim();
        double value = NumberText.typed(t);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("\"" + t + "\" is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("\"" + t + "\" is too large to be a finite number");
        }
        return value;
    }

    public static double positiveNumber(String text) {
        double value = finiteNumber(text);
        if (value <= 0) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not above 0");
        }
        return value;
    }

    public void setOnCommit(Consumer<T> action) {
        onCommit = action;
    }

    /** Shows a value from the model without committing it. */
    public void show(String text) {
        shown = text;
        setText(text);
    }

    /** Why the text is not a value, or "" when it is one. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    /** Commits the typed value when it is valid and new; @return whether it was valid */
    public boolean commit() {
        check(getText());
        if (!isValid()) {
            return false;
        }
        if (!getText().equals(shown)) {
            shown = getText();
            onCommit.accept(parser.apply(getText()));
        }
        return true;
    }

    /** What the model shows is never a problem: an empty field where a value does not apply, say. */
    private void check(String text) {
        String reason;
        try {
            if (!text.equals(shown)) {
                parser.apply(text);
            }
            reason = "";
        } catch (IllegalArgumentException e) {
            reason = e.getMessage();
        }
        problem.set(reason);
        getStyleClass().remove("invalid");
        if (!reason.isEmpty()) {
            getStyleClass().add("invalid");
        }
        getTooltip().setText(reason.isEmpty() ? hint : reason);
    }
}
