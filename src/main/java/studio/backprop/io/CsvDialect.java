package studio.backprop.io;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a file of numbers in columns is written: what separates the columns, and whether the numbers
 * have a decimal comma, as a spreadsheet in a European locale writes them ({@code 0,25;1}).
 *
 * <p>No CSV library detects this, so it is found here from a file's first rows: the separator is the
 * first of comma, tab, semicolon and whitespace that splits every one of them (outside quotes) into the
 * same number of fields, two or more, each a number; and only then is a comma inside the fields taken for
 * a decimal comma. Deciding the separator first is what keeps {@code 0,25;1} from being read as the
 * three columns 0, 25 and 1.
 *
 * @param separator    what separates the columns, {@link #WHITESPACE} for runs of spaces and tabs
 * @param decimalComma true when the numbers are written with a decimal comma
 */
public record CsvDialect(char separator, boolean decimalComma) {
    /** Stands for any run of spaces and tabs between columns. */
    public static final char WHITESPACE = ' ';
    /** The dialect the app writes and the command line documents. */
    public static final CsvDialect COMMA = new CsvDialect(',', false);
    private static final char[] SEPARATORS = {',', '\t', ';', WHITESPACE};
    /** The rows looked at: enough to see a pattern, few enough to cost nothing on a file of a million. */
    static final int SAMPLE_ROWS = 50;

    public CsvDialect {
        if (separator == ',' && decimalComma) {
            throw new IllegalArgumentException("a decimal comma cannot go with commas between the columns");
        }
    }

    /** In words, for the status bar and {@code train --verbose}: "semicolon-separated, decimal comma". */
    public String describe() {
        String name = switch (separator) {
            case ',' -> "comma-separated";
            case '\t' -> "tab-separated";
            case ';' -> "semicolon-separated";
            default -> "whitespace-separated";
        };
        return name + (decimalComma ? ", decimal comma" : ", decimal point");
    }

    /**
     * The dialect of the text's first rows. Where none splits them all alike into numbers (a file with a
     * mistake in its first rows), the first that splits them into equal rows, else the first that splits
     * the first row into two or more fields, so that reading names the mistake; at worst the comma.
     */
    static CsvDialect detect(String head) {
        CsvDialect alike = null;
        CsvDialect split = null;
        for (char separator : SEPARATORS) {
            List<String[]> rows = rows(head, new CsvDialect(separator, false));
            if (rows.isEmpty() || rows.get(0).length < 2) {
                continue;
            }
            boolean commas = separator != ',' && rows.stream().flatMap(Arrays::stream).anyMatch(f -> f.indexOf(',') >= 0);
            CsvDialect dialect = new CsvDialect(separator, commas);
            split = split == null ? dialect : split;
            int columns = rows.get(0).length;
            if (rows.stream().allMatch(row -> row.length == columns)) {
                alike = alike == null ? dialect : alike;
                if (dialect.numbers(rows)) {
                    return dialect;
                }
            }
        }
        return alike != null ? alike : split != null ? split : COMMA;
    }

    /** Every field a number, but in a header first. */
    private boolean numbers(List<String[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (r == 0 && isHeader(rows.get(0))) {
                continue;
            }
            for (String field : rows.get(r)) {
                if (!NumberText.isDecimal(plain(field))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A first row of fields none of which is a number (nor a word for one, such as NaN) names the columns. */
    boolean isHeader(String[] fields) {
        for (String field : fields) {
            String f = plain(field);
            if (NumberText.isDecimal(f) || DataFile.NOT_FINITE.matcher(f).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A field as a plain decimal would be written: its decimal comma made a point. */
    String plain(String field) {
        return decimalComma ? field.replace(',', '.') : field;
    }

    private static List<String[]> rows(String head, CsvDialect dialect) {
        List<String[]> rows = new ArrayList<>();
        try (CsvRows in = new CsvRows(new StringReader(head), dialect)) {
            while (rows.size() < SAMPLE_ROWS && in.next()) {
                rows.add(in.fields());
            }
        } catch (IOException malformed) {
            // A string reads without fail: this is a stray quote in the first rows. The rows before it are
            // the sample, and reading the file will name the quote.
        }
        return rows;
    }
}
