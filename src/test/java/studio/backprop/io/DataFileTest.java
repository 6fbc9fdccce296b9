package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.DataSet;

class DataFileTest {
    @TempDir
    Path dir;

    @Test
    void theHeaderLineAndCommentLinesAreSkipped() throws InputException {
        String csv = "# the chapter's five points\nx,y\n0,0\n  # indented comment\n0.25,1\n0.5,0.5\n\n   \n0.75,1\n1,0\n# end\n";
        assertEquals(ChapterExample.data(), DataFile.parse(csv, "data.csv"));
    }

    @Test
    void aFileWithoutHeaderIsAllDataAndFieldsMayBeSpaced() throws InputException {
        DataSet data = DataFile.parse("-1.5, 4\n\t2e3 ,.5", "data.csv");
        assertArrayEquals(new double[] {-1.5, 2e3}, data.xs());
        assertArrayEquals(new double[] {4, 0.5}, data.ys());
    }

    @Test
    void anyFirstLineOfTwoNonNumbersIsAHeader() throws InputException {
        assertEquals(1, DataFile.parse("input , target\n1,2\n", "data.csv").size());
    }

    @Test
    void windowsLineEndingsWork() throws InputException {
        String csv = "x,y\r\n0,0\r\n0.25,1\r\n# note\r\n\r\n0.5,0.5\r\n0.75,1\r\n1,0\r\n";
        assertEquals(ChapterExample.data(), DataFile.parse(csv, "data.csv"));
    }

    @Test
    void windowsLineEndingsCountOneLineEach() {
        InputException e = assertThrows(InputException.class,
                () -> DataFile.parse("x,y\r\n0,0\r\n\r\n1,abc\r\n", "data.csv"));
        assertEquals("data.csv: line 4, column 2 (y): \"abc\" is not a number", e.getMessage());
    }

    @Test
    void writeThenReadGivesTheSameDoublesBitForBit() throws Exception {
        double[] x = AwkwardDoubles.sample(5000);
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            y[k] = x[(k * 7 + 3) % x.length];
        }
        Path file = dir.resolve("data.csv");
        DataFile.write(DataSet.of1D(x, y), file);
        DataSet back = DataFile.read(file);
        assertArrayEquals(AwkwardDoubles.bits(x), AwkwardDoubles.bits(back.xs()));
        assertArrayEquals(AwkwardDoubles.bits(y), AwkwardDoubles.bits(back.ys()));
    }

    @Test
    void writtenCsvHasAHeaderThenOnePointALine() {
        assertEquals("x,y\n0,0\n0.25,1\n0.5,0.5\n0.75,1\n1,0\n", DataFile.toCsv(ChapterExample.data()));
    }

    @Test
    void valuesAreWrittenAsPlainDecimalsNeverInENotation() {
        DataSet data = DataSet.of1D(new double[] {-1e9, 9.58e-4}, new double[] {1.5e-7, 2.5e20});
        assertEquals("x,y\n-1000000000,0.00000015\n0.000958,250000000000000000000\n", DataFile.toCsv(data));
    }

    @Test
    void aMissingFileIsReportedAsNotFoundWithItsPath() {
        Path file = dir.resolve("missing.csv");
        InputException e = assertThrows(InputException.class, () -> DataFile.read(file));
        assertEquals(file + ": not found", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefused() throws Exception {
        Path file = dir.resolve("data.csv");
        Files.write(file, new byte[] {'1', ',', (byte) 0xff, (byte) 0xfe, '\n'});
        InputException e = assertThrows(InputException.class, () -> DataFile.read(file));
        assertEquals("data.csv: not a UTF-8 text file", e.getMessage());
    }

    static Stream<Arguments> malformedData() {
        return Stream.of(
            Arguments.of("three fields", "x,y\n1,2\n3,4,5\n", "data.csv: line 3: found 3 fields, expected 2 (x,y)"),
            Arguments.of("one field", "1,2\n3\n", "data.csv: line 2: found 1 field, expected 2 (x,y)"),
            Arguments.of("a non-numeric value", "x,y\n1,2\n3,abc\n", "data.csv: line 3, column 2 (y): \"abc\" is not a number"),
            Arguments.of("a non-numeric x", "1,2\nabc,3\n", "data.csv: line 2, column 1 (x): \"abc\" is not a number"),
            Arguments.of("an empty field", "1,2\n,3\n", "data.csv: line 2, column 1 (x): empty, expected a number"),
            Arguments.of("a Java-only number form", "1,2\n0x1p3,3\n", "data.csv: line 2, column 1 (x): \"0x1p3\" is not a number"),
            Arguments.of("NaN", "x,y\n1,NaN\n", "data.csv: line 2, column 2 (y): \"NaN\" is not a finite number"),
            Arguments.of("Infinity", "-Infinity,1\n", "data.csv: line 1, column 1 (x): \"-Infinity\" is not a finite number"),
            Arguments.of("1e999", "1,2\n1e999,1\n", "data.csv: line 2, column 1 (x): \"1e999\" is too large to be a finite number"),
            Arguments.of("an empty file", "", "data.csv: no data points (expected lines of x,y such as 0.5,1)"),
            Arguments.of("only comments and blanks", "# nothing yet\n\n  \n#\n", "data.csv: no data points (expected lines of x,y such as 0.5,1)"),
            Arguments.of("only a header", "x,y\n", "data.csv: no data points (expected lines of x,y such as 0.5,1)"),
            Arguments.of("a header in the middle", "0,1\n2,3\nx,y\n", "data.csv: line 3, column 1 (x): \"x\" is not a number"),
            Arguments.of("a second header", "x,y\nx,y\n1,2\n", "data.csv: line 2, column 1 (x): \"x\" is not a number"),
            Arguments.of("comments and blanks before the error", "# a\n\nx,y\n  # b\n1,2\n\n\n#c\n3;4\n",
                "data.csv: line 9: found 1 field, expected 2 (x,y)"),
            Arguments.of("one column", "1\n2\n", "data.csv: line 1: found 1 field, expected 2 (x,y)"),
            Arguments.of("a decimal comma in a comma-separated file", "x,y\n\"0,25\",1\n",
                "data.csv: line 2, column 1 (x): \"0,25\" has a decimal comma, but commas also separate the columns,"
                    + " so the file cannot be read: save it with semicolons or tabs between the columns, or with"
                    + " decimal points"),
            Arguments.of("a quote not closed", "x,y\n\"1,2\n", "data.csv: after line 1: a quote opens a field and is never closed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedData")
    void malformedDataIsReportedWithItsLineAndProblem(String what, String csv, String expected) {
        InputException e = assertThrows(InputException.class, () -> DataFile.parse(csv, "data.csv"));
        assertEquals(expected, e.getMessage());
    }
}
