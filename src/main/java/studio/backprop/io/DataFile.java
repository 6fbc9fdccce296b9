package studio.backprop.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.NumberInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import studio.backprop.engine.DataSet;

/**
 * Training points as CSV, one point {@code x,y} a row, as a spreadsheet writes them: separated by commas,
 * tabs, semicolons or whitespace, with a decimal point or (where commas do not separate the columns) a
 * decimal comma, quoted or not (see {@link CsvDialect}). Blank lines and lines whose first non-blank
 * character is {@code #} are skipped anywhere; the first other row may be a header (two fields, neither a
 * number, such as {@code x,y}). Messages give 1-based physical line numbers of the file. Written always as
 * the app documents it: commas, decimal points, a header.
 */
public final class DataFile {
    static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** Why a comma file with too many fields may be one whose numbers have decimal commas. */
    private static final String DECIMAL_COMMAS = "; if its numbers have decimal commas (0,25), commas cannot also"
            + " separate the columns: save it with semicolons or tabs between them";
    /** The start of a file looked at to tell its dialect: far more than {@value CsvDialect#SAMPLE_ROWS} rows. */
    private static final int HEAD_CHARS = 1 << 15;

    /**
     * Points read from a file, and how the file writes them.
     *
     * @param data    the points
     * @param dialect the separator and decimal mark found
     */
    public record Imported(DataSet data, CsvDialect dialect) {
        /** "calc.csv: 5 points, semicolon-separated, decimal comma". */
        public String describe(Path file) {
            return String.format(Locale.ROOT, "%s: %,d point%s, %s", file.getFileName(), data.size(),
                    data.size() == 1 ? "" : "s", dialect.describe());
        }
    }

    private DataFile() {
    }

    public static DataSet read(Path path) throws InputException {
        return readDescribed(path).data();
    }

    /** Points of one input and one output, the chapter's. */
    public static Imported readDescribed(Path path) throws InputException {
        return readDescribed(path, Columns.CHAPTER);
    }

    /**
     * Reads a file as it streams, never holding its text whole; says which dialect it found.
     *
     * @param columns the network's inputs and outputs, which the file's columns must match
     */
    public static Imported readDescribed(Path path, Columns columns) throws InputException {
        String name = TextFile.name(path);
        try (BufferedReader in = TextFile.reader(path)) {
            return parse(in, name, columns);
        } catch (CharacterCodingException e) {
            throw new InputException(name, "not a UTF-8 text file");
        } catch (IOException e) {
            throw TextFile.unreadable(e, path.toString());
        }
    }

    public static void write(DataSet data, Path path) throws IOException {
        AtomicWrite.write(path, toCsv(data));
    }

    /** A header line, then one {@code x,y} line per point, each double in a form that reads back exactly. */
    public static String toCsv(DataSet data) {
        return rows(data, new int[0], ",");
    }

    /** The header, then points {@code rows} (from 0; all of them when empty), each field exact. */
    private static String rows(DataSet data, int[] rows, String separator) {
        StringBuilder text = new StringBuilder(Columns.of(data).header(separator)).append('\n');
        int n = rows.length == 0 ? data.size() : rows.length;
        for (int k = 0; k < n; k++) {
            int p = rows.length == 0 ? k : rows[k];
            for (int c = 0; c < data.inputs(); c++) {
                text.append(c == 0 ? "" : separator).append(Decimals.exact(data.x(p, c)));
            }
            for (int c = 0; c < data.outputs(); c++) {
                text.append(separator).append(Decimals.exact(data.y(p, c)));
            }
            text.append('\n');
        }
        return text.toString();
    }


    /**
     * Rows copied from a spreadsheet: as {@link #parse(String, String)} reads a file, which tells tab- and
     * semicolon-separated rows, decimal commas and a header apart; messages name {@code source} ("the
     * pasted rows") and the row.
     */
    public static Imported pasted(String text, String source) throws InputException {
        return pasted(text, source, Columns.CHAPTER);
    }

    /** Pasted rows of these columns. */
    public static Imported pasted(String text, String source, Columns columns) throws InputException {
        try {
            return parse(new BufferedReader(new StringReader(text)), source, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reads without fail
        }
    }

    /**
     * Points {@code rows} (from 0; all of them when empty) as a spreadsheet pastes them: tab-separated, a
     * header first, every double written so that it reads back the same.
     */
    public static String toTabbed(DataSet data, int[] rows) {
        return rows(data, rows, "\t");
    }

    /**
     * Reads 1-input 1-output points from CSV text.
     *
     * @param sourceName names the text in messages, usually the file name
     * @throws InputException naming the first problem and its line
     */
    public static DataSet parse(String csv, String sourceName) throws InputException {
        return pasted(csv, sourceName).data();
    }

    private static Imported parse(BufferedReader in, String source, Columns columns) throws IOException, InputException {
        CsvDialect dialect = CsvDialect.detect(head(in));
        int width = columns.count();
        List<String> names = columns.names();
        double[] x = new double[1024 * columns.inputs()];
        double[] y = new double[1024 * columns.outputs()];
        int n = 0;
        boolean first = true;
        try (CsvRows rows = new CsvRows(in, dialect)) {
            while (next(rows, source)) {
                if (first && dialect.isHeader(rows.fields())) {
                    first = false;
                    requireHeaderFits(rows, columns, source);
                    continue;
                }
                first = false;
                if (rows.size() != width) {
                    throw new InputException(source, "line " + rows.line() + ": found " + rows.size()
                            + (rows.size() == 1 ? " field" : " fields") + ", expected " + width + " ("
                            + columns.header(",") + ")" + (dialect.separator() == ',' && rows.size() > width
                            && rows.size() <= 2 * width ? DECIMAL_COMMAS : ""));
                }
                if (n * columns.outputs() == y.length) {
                    x = Arrays.copyOf(x, 2 * x.length);
                    y = Arrays.copyOf(y, 2 * y.length);
                }
                for (int c = 0; c < width; c++) {
                    double v = number(rows.field(c), dialect, source, rows.line(), c, names.get(c));
                    if (c < columns.inputs()) {
                        x[n * columns.inputs() + c] = v;
                    } else {
                        y[n * columns.outputs() + c - columns.inputs()] = v;
                    }
                }
                n++;
            }
        }
        if (n == 0) {
            throw new InputException(source, "no data points (expected lines of " + columns.header(",") + " such as "
                    + String.join(",", Collections.nCopies(width - 1, "0.5")) + ",1)");
        }
        return new Imported(new DataSet(columns.inputs(), columns.outputs(), Arrays.copyOf(x, n * columns.inputs()),
                Arrays.copyOf(y, n * columns.outputs())), dialect);
    }

    /**
     * A header of the app's names ({@code x1,x2,y}) must name the network's columns; any other header
     * ({@code time,value}) must have as many.
     */
    private static void requireHeaderFits(CsvRows rows, Columns columns, String source) throws InputException {
        Optional<Columns> named = Columns.named(rows.fields());
        if (named.isPresent() && !named.get().equals(columns)) {
            throw new InputException(source, "line " + rows.line() + ": the header names " + named.get().describe()
                    + " (" + named.get().header(",") + "), expected " + columns.describe() + " (" + columns.header(",")
                    + ")");
        }
        if (rows.size() != columns.count()) {
            throw new InputException(source, "line " + rows.line() + ": the header has " + rows.size()
                    + " columns, expected " + columns.count() + " (" + columns.header(",") + ")");
        }
    }

    private static boolean next(CsvRows rows, String source) throws IOException, InputException {
        try {
            return rows.next();
        } catch (JsonProcessingException e) {
            String problem = e.getOriginalMessage().startsWith("Missing closing quote")
                    ? "a quote opens a field and is never closed" : JacksonMessages.clean(e.getOriginalMessage());
            throw new InputException(source, (rows.line() > 0 ? "after line " + rows.line() : "line 1") + ": "
                    + problem);
        }
    }

    /** The first rows of the text, read ahead and given back, cut at a line end. */
    private static String head(BufferedReader in) throws IOException {
        in.mark(HEAD_CHARS + 1);
        char[] head = new char[HEAD_CHARS];
        int n = 0;
        for (int got = 0; got >= 0 && n < HEAD_CHARS; n += Math.max(got, 0)) {
            got = in.read(head, n, HEAD_CHARS - n);
        }
        in.reset();
        String text = new String(head, 0, n);
        int end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        return n == HEAD_CHARS && end > 0 ? text.substring(0, end) : text;
    }

    private static double number(String field, CsvDialect dialect, String source, long line, int column, String name)
            throws InputException {
        String text = dialect.plain(field);
        boolean decimal = NumberText.isDecimal(text);
        double value = decimal ? NumberInput.parseDouble(text, true) : Double.NaN; // FastDoubleParser: as exact, faster
        if (Double.isFinite(value)) {
            return value; // the rest tells what is wrong, which a file of a million good numbers never asks
        }
        String place = "line " + line + ", column " + (column + 1) + " (" + name + ")";
        String shown = field.length() > 30 ? field.substring(0, 30) + "..." : field;
        if (decimal) {
            throw new InputException(source, place + ": \"" + shown + "\" is too large to be a finite number");
        }
        if (field.isEmpty()) {
            throw new InputException(source, place + ": empty, expected a number");
        }
        if (dialect.separator() == ',' && field.indexOf(',') >= 0 && NumberText.isDecimal(field.replace(',', '.'))) {
            throw new InputException(source, place + ": \"" + shown + "\" has a decimal comma, but commas also"
                    + " separate the columns, so the file cannot be read: save it with semicolons or tabs between"
                    + " the columns, or with decimal points");
        }
        if (NOT_FINITE.matcher(text).matches()) {
            throw new InputException(source, place + ": \"" + shown + "\" is not a finite number");
        }
        throw new InputException(source, place + ": \"" + shown + "\" is not a number");
    }
}
