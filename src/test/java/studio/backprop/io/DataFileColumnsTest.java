package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.engine.DataSet;

/** A data file has one column per input of the network, then one per output. */
class DataFileColumnsTest {
    private static final Columns TWO_IN = new Columns(2, 1);
    private static final DataSet XOR = new DataSet(2, 1, new double[] {0, 0, 0, 1, 1, 0, 1, 1}, new double[] {0, 1, 1, 0});

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("xor.csv"), text);
    }

    @Test
    void aHeaderX1X2YReadsTwoInputsAndATarget() throws Exception {
        assertEquals(XOR, DataFile.readDescribed(file("x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n"), TWO_IN).data());
    }

    @Test
    void withoutAHeaderTheColumnsAreTheNetworksInputsThenOutputs() throws Exception {
        assertEquals(XOR, DataFile.readDescribed(file("0;0;0\n0;1;1\n1;0;1\n1;1;0\n"), TWO_IN).data());
    }

    @Test
    void twoOutputsFollowTheInputs() throws Exception {
        DataSet data = DataFile.readDescribed(file("x1\tx2\ty1\ty2\n1\t2\t3\t4\n"), new Columns(2, 2)).data();

        assertEquals(new DataSet(2, 2, new double[] {1, 2}, new double[] {3, 4}), data);
    }

    @Test
    void aHeaderNamingOtherColumnsThanTheNetworksIsOneLineWithBothCounts() throws Exception {
        Path one = file("x1,x2,y\n0,0,0\n");

        InputException e = assertThrows(InputException.class, () -> DataFile.readDescribed(one, Columns.CHAPTER));

        assertEquals("xor.csv: line 1: the header names 2 inputs and 1 output (x1,x2,y), expected 1 input and"
                + " 1 output (x,y)", e.getMessage());
    }

    @Test
    void aRowOfTooFewFieldsNamesTheColumnsExpected() throws Exception {
        Path short2 = file("# xor\n0,0,0\n0,1\n");

        InputException e = assertThrows(InputException.class, () -> DataFile.readDescribed(short2, TWO_IN));

        assertEquals("xor.csv: line 3: found 2 fields, expected 3 (x1,x2,y)", e.getMessage());
    }

    @Test
    void aBadNumberNamesItsColumn() throws Exception {
        Path bad = file("x1,x2,y\n0,zero,0\n");

        InputException e = assertThrows(InputException.class, () -> DataFile.readDescribed(bad, TWO_IN));

        assertEquals("xor.csv: line 2, column 2 (x2): \"zero\" is not a number", e.getMessage());
    }

    @Test
    void aHeaderOfOtherNamesMustHaveAsManyColumns() throws Exception {
        Path named = file("time,value\n0,0\n");

        InputException e = assertThrows(InputException.class, () -> DataFile.readDescribed(named, TWO_IN));

        assertEquals("xor.csv: line 1: the header has 2 columns, expected 3 (x1,x2,y)", e.getMessage());
    }

    @Test
    void pointsOfTwoInputsAreWrittenUnderX1X2YAndReadBackBitForBit() throws Exception {
        DataSet data = new DataSet(2, 1, new double[] {0.1, -0.7, 1e-300, 2.5}, new double[] {0.3, 1});
        Path out = dir.resolve("out.csv");
        DataFile.write(data, out);

        assertEquals("x1,x2,y", Files.readAllLines(out).get(0));
        assertEquals(data, DataFile.readDescribed(out, TWO_IN).data());
    }

    @Test
    void rowsCopiedForASpreadsheetAreTabbedUnderTheirNames() {
        assertEquals("x1\tx2\ty\n1\t1\t0\n", DataFile.toTabbed(XOR, new int[] {3}));
    }

    @Test
    void headersNameColumnsInTheAppsWayOnly() {
        assertEquals(Optional.of(new Columns(2, 1)), Columns.named(new String[] {"X1", " x2", "y"}));
        assertEquals(Optional.of(new Columns(1, 2)), Columns.named(new String[] {"x", "y1", "y2"}));
        assertEquals(Optional.empty(), Columns.named(new String[] {"x2", "x1", "y"}));
        assertEquals(Optional.empty(), Columns.named(new String[] {"y", "x"}));
        assertEquals(Optional.empty(), Columns.named(new String[] {"time", "value"}));
        assertEquals(List.of("x1", "x2", "y1", "y2"), new Columns(2, 2).names());
    }
}
