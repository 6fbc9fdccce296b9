package studio.backprop.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import studio.backprop.engine.DataSet;

/**
 * Training points as CSV, one point {@code x,y} a line. Blank lines and lines whose first non-blank
 * character is {@code #} are skipped anywhere; the first other line may be a header (two fields, neither a
 * number, such as {@code x,y}). Messages give 1-based physical line numbers of the file.
 *
 * <p>Parsed by hand rather than with commons-csv: its line numbers are right, but it does not skip
 * whitespace-only lines (they come back as a record with one empty field) nor comments indented by a
 * space (the comment marker only counts in the very first column), and quoting, its main strength,
 * has no use for two numbers.
 */
public final class DataFile {
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    private static final String[] COLUMN = {"x", "y"};

    private DataFile() {
    }

    public static DataSet read(Path path) throws InputException {
        return parse(TextFile.read(path), TextFile.name(path));
    }

    public static void write(DataSet data, Path path) throws IOException {
        AtomicWrite.write(path, toCsv(data));
    }

    /** A header line, then one {@code x,y} line per point, each double in a form that reads back exactly. */
    public static String toCsv(DataSet data) {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int p = 0; p < data.size(); p++) {
            csv.append(Decimals.exact(data.x(p))).append(',').append(Decimals.exact(data.y(p))).append('\n');
        }
        return csv.toString();
    }

    /**
     * Reads 1-input 1-output points from CSV text.
     *
     * @param sourceName names the text in messages, usually the file name
     * @throws InputException naming the first problem and its line
     */
    public static DataSet parse(String csv, String sourceName) throws InputException {
        // String.lines splits at \n, \r\n and \r alike, one element per physical line.
        List<String> lines = csv.lines().toList();
        double[] x = new double[16];
        double[] y = new double[16];
        int n = 0;
        boolean headerAllowed = true;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (headerAllowed && isHeader(fields)) {
                headerAllowed = false;
                continue;
            }
            headerAllowed = false;
            String place = "line " + (k + 1);
            if (fields.length != 2) {
                throw new InputException(sourceName, place + ": found " + fields.length
                        + (fields.length == 1 ? " field" : " fields") + ", expected 2 (x,y)");
            }
            if (n == x.length) {
                x = Arrays.copyOf(x, 2 * n);
                y = Arrays.copyOf(y, 2 * n);
            }
            x[n] = number(fields[0].strip(), sourceName, place, 0);
            y[n] = number(fields[1].strip(), sourceName, place, 1);
            n++;
        }
        if (n == 0) {
            throw new InputException(sourceName, "no data points (expected lines of x,y such as 0.5,1)");
        }
        return DataSet.of1D(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    /**
     * Two fields, neither a number. A line with one good number is data with a mistake, and a line
     * with another count of fields is reported as such rather than silently dropped as a header.
     */
    private static boolean isHeader(String[] fields) {
        if (fields.length != 2) {
            return false;
        }
        for (String field : fields) {
            String f = field.strip();
            if (NumberText.isDecimal(f) || NOT_FINITE.matcher(f).matches()) {
                return false;
            }
        }
        return true;
    }

    private static double number(String text, String source, String line, int column) throws InputException {
        String place = line + ", column " + (column + 1) + " (" + COLUMN[column] + ")";
        if (text.isEmpty()) {
            throw new InputException(source, place + ": empty, expected a number");
        }
        String shown = text.length() > 30 ? text.substring(0, 30) + "..." : text;
        if (NOT_FINITE.matcher(text).matches()) {
            throw new InputException(source, place + ": \"" + shown + "\" is not a finite number");
        }
        if (!NumberText.isDecimal(text)) {
            throw new InputException(source, place + ": \"" + shown + "\" is not a number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new InputException(source, place + ": \"" + shown + "\" is too large to be a finite number");
        }
        return value;
    }
}
