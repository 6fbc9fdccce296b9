package studio.backprop.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a file of columns, one at a time, each with the physical line it starts on (from 1), its
 * fields stripped of spaces; blank lines and lines whose first non-blank character is {@code #} are
 * skipped. Streams: a file of a million rows never sits in memory as text.
 *
 * <p>Jackson's CSV parser splits the lines (quotes, CRLF or CR line ends, comments); columns apart by runs
 * of whitespace, which no CSV library reads, are split here, where quotes have no use.
 */
final class CsvRows implements AutoCloseable {
    private static final CsvMapper MAPPER = new CsvMapper();
    private final CsvParser csv;
    private final BufferedReader lines;
    private final List<String> fields = new ArrayList<>();
    private long line;
    private long lineCount;
    private int depth;

    CsvRows(Reader in, CsvDialect dialect) throws IOException {
        if (dialect.separator() == CsvDialect.WHITESPACE) {
            csv = null;
            lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        } else {
            lines = null;
            csv = MAPPER.getFactory().createParser(in);
            csv.setSchema(CsvSchema.emptySchema().withColumnSeparator(dialect.separator()).withComments());
            csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            csv.enable(CsvParser.Feature.ALLOW_COMMENTS);
        }
    }

    /**
     * Goes to the next row; false at the end.
     *
     * @throws IOException when the text cannot be read, or a quote is not closed (Jackson's message)
     */
    boolean next() throws IOException {
        fields.clear();
        return csv != null ? nextParsed() : nextSplit();
    }

    private boolean nextParsed() throws IOException {
        for (JsonToken t = csv.nextToken(); t != null; t = csv.nextToken()) {
            if (t == JsonToken.START_ARRAY) {
                depth++;
            } else if (t == JsonToken.VALUE_STRING) {
                if (fields.isEmpty()) {
                    line = csv.currentTokenLocation().getLineNr();
                }
                fields.add(csv.getText().strip());
            } else if (t == JsonToken.END_ARRAY && --depth == 1 && !fields.isEmpty()) {
                return true; // the end of a row, inside the array of all rows
            }
        }
        return false;
    }

    private boolean nextSplit() throws IOException {
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            lineCount++;
            String stripped = text.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            line = lineCount;
            fields.addAll(List.of(stripped.split("\\s+")));
            return true;
        }
        return false;
    }

    /** The row's fields. */
    String[] fields() {
        return fields.toArray(String[]::new);
    }

    int size() {
        return fields.size();
    }

    String field(int k) {
        return fields.get(k);
    }

    /** The physical line the row starts on, from 1; when a row fails to be read, the last row's (0 at first). */
    long line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        } else {
            lines.close();
        }
    }
}
