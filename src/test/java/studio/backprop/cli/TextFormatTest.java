package studio.backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place numbers and matrices are laid out as text. */
class TextFormatTest {
    private final TextFormat three = new TextFormat(3);

    @Test
    void roundsToTheGivenDecimalsHalfUp() {
        assertEquals("0.972", three.number(0.97150106));
        assertEquals("10.129", three.number(10.12850062));
        assertEquals("-12.500", three.number(-12.5));
    }

    @Test
    void neverPrintsANegativeZero() {
        assertEquals("0.000", three.number(-0.0001));
        assertEquals("0.000", three.number(-0.0));
    }

    @Test
    void hugeValuesOfADivergedRunAreScientific() {
        assertEquals("-5.312e+298", three.number(-5.312327533760795e298));
        assertEquals("NaN", three.number(Double.NaN));
        assertEquals("-Infinity", three.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void aMatrixHasOneRowALineWithColumnsAlignedRight() {
        assertEquals(List.of(
                "A_2 = [ 10.000  10.000   0.000 ]",
                "      [  0.000  -0.250  10.000 ]"),
                three.matrix("A_2", new double[] {10, 10, 0, 0, -0.25, 10}, 2));
    }

    @Test
    void blocksSetBesideEachOtherKeepTheirColumns() {
        assertEquals(List.of(
                "A = [ 1.000 ]   b = [ 3.000 ]",
                "    [ 2.000 ]"),
                TextFormat.beside(three.column("A", new double[] {1, 2}), three.column("b", new double[] {3})));
    }

    @Test
    void dataValuesAreShownAsWritten() {
        assertEquals("0", TextFormat.plain(0));
        assertEquals("0.25", TextFormat.plain(0.25));
        assertEquals("-3", TextFormat.plain(-3));
        assertEquals("1,000,000", TextFormat.count(1_000_000));
    }

    @Test
    void aListOfMoreThanTwentyNumbersShowsTheFirstTwentyAndSaysHowManyInAll() {
        double[] values = new double[1_000_000];
        java.util.Arrays.fill(values, 0.5);
        String list = three.list(values);
        assertEquals("0.500, ".repeat(20) + "... (1,000,000 in all; --json lists every one)", list);
        assertEquals("0.500, 0.500", three.list(new double[] {0.5, 0.5}));
    }
}
