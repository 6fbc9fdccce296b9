package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.ChapterExample;

/** The chapter's five points as spreadsheets export them: each file reads as the same points, its dialect told. */
class SpreadsheetCsvTest {

    private static Path file(String name) throws URISyntaxException {
        return Path.of(SpreadsheetCsvTest.class.getResource("spreadsheets/" + name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "libreoffice-de-semicolon.csv|semicolon-separated, decimal comma",
        "excel-utf8-bom-semicolon.csv|semicolon-separated, decimal comma",
        "tab-separated.tsv|tab-separated, decimal point",
        "quoted.csv|comma-separated, decimal point",
        "whitespace.dat|whitespace-separated, decimal point",
        "cr-tab-decimal-comma.txt|tab-separated, decimal comma"})
    void anExportReadsAsTheChaptersPointsAndSaysHowItWasWritten(String name, String dialect) throws Exception {
        DataFile.Imported read = DataFile.readDescribed(file(name));
        assertEquals(ChapterExample.data(), read.data());
        assertEquals(dialect, read.dialect().describe());
    }

    @Test
    void aSemicolonFileWithDecimalCommasIsNotTakenForThreeCommaColumns() throws InputException {
        assertEquals(2, DataFile.parse("0,25;1\n0,5;2\n", "d.csv").size());
        assertEquals(0.25, DataFile.parse("0,25;1\n0,5;2\n", "d.csv").x(0));
    }

    @Test
    void aMistakeInAFileOfAnotherDialectIsNamedByLineAndColumnAsEver() {
        InputException e = assertThrows(InputException.class, () -> DataFile.parse("x;y\n0,5;1\n0,75;abc\n", "d.csv"));
        assertEquals("d.csv: line 3, column 2 (y): \"abc\" is not a number", e.getMessage());
    }

    @Test
    void aDecimalCommaThatCouldSeparateThousandsIsStillRefusedInsideOneNumber() {
        InputException e = assertThrows(InputException.class, () -> DataFile.parse("1;1,000.5\n2;3\n", "d.csv"));
        assertEquals("d.csv: line 1, column 2 (y): \"1,000.5\" is not a number", e.getMessage());
    }
}
