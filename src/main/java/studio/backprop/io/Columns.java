package studio.backprop.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.backprop.engine.DataSet;

/**
 * The columns of a data file: the network's inputs, then its outputs, named {@code x,y} for one of each
 * (the chapter's), {@code x1,x2,y} for two inputs, {@code x1,x2,y1,y2} and so on.
 */
public record Columns(int inputs, int outputs) {
    /** The chapter's: one input, one output. */
    public static final Columns CHAPTER = new Columns(1, 1);
    private static final Pattern NAME = Pattern.compile("([xy])(\\d{0,4})");

    public Columns {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("need at least 1 input and 1 output, got " + inputs + " and " + outputs);
        }
    }

    /** The columns of these points. */
    public static Columns of(DataSet data) {
        return new Columns(data.inputs(), data.outputs());
    }

    public int count() {
        return inputs + outputs;
    }

    /** "x", "y"; or "x1", "x2", "y"; or "x1", "x2", "y1", "y2". */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= inputs; k++) {
            names.add(inputs == 1 ? "x" : "x" + k);
        }
        for (int k = 1; k <= outputs; k++) {
            names.add(outputs == 1 ? "y" : "y" + k);
        }
        return names;
    }

    /** "x1,x2,y". */
    public String header(String separator) {
        return String.join(separator, names());
    }

    /** "1 input and 1 output", "2 inputs and 1 output". */
    public String describe() {
        return inputs + (inputs == 1 ? " input and " : " inputs and ") + outputs + (outputs == 1 ? " output" : " outputs");
    }

    /**
     * The columns a header names when it follows the naming above (any case, numbers from 1 in order):
     * inputs first, then outputs; empty for other headers ({@code time,value}), which name nothing.
     */
    public static Optional<Columns> named(String[] header) {
        int inputs = 0;
        int outputs = 0;
        for (String field : header) {
            Matcher m = NAME.matcher(field.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                return Optional.empty();
            }
            boolean input = m.group(1).equals("x");
            int number = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            if (input ? outputs > 0 || number != inputs + 1 : number != outputs + 1) {
                return Optional.empty();
            }
            inputs += input ? 1 : 0;
            outputs += input ? 0 : 1;
        }
        return inputs > 0 && outputs > 0 ? Optional.of(new Columns(inputs, outputs)) : Optional.empty();
    }
}
