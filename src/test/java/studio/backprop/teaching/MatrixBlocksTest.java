package studio.backprop.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A matrix too wide for a screen, set as blocks of columns one under the other ({@link TexMath#blocks}). */
class MatrixBlocksTest {
    private static final String[] ONE_ROW_OF_FIVE = {"1", "2", "3", "4", "5"};
    /** Ems that hold three columns of one digit (half an em each, a gap of one em, brackets of 0.6 em), not four. */
    private static final double THREE_COLUMNS = 4.2;
    private static final double FOUR_COLUMNS = 5.7;

    @Test
    void eachBlockIsHeadedByTheColumnsItHolds() {
        assertEquals("\\begin{array}{l} \\scriptstyle \\mathrm{columns\\ 1\\ to\\ 3} \\\\ \\begin{bmatrix} 1 & 2 & 3 \\end{bmatrix}"
                        + " \\\\ \\scriptstyle \\mathrm{columns\\ 4\\ to\\ 5} \\\\ \\begin{bmatrix} 4 & 5 \\end{bmatrix} \\end{array}",
                TexMath.blocks(ONE_ROW_OF_FIVE, 1, THREE_COLUMNS, false).tex());
    }

    @Test
    void blocksShareTheColumnsEvenlyRatherThanLeaveOneAlone() {
        String tex = TexMath.blocks(ONE_ROW_OF_FIVE, 1, FOUR_COLUMNS, false).tex();

        assertEquals(2, tex.split("mathrm").length - 1, tex);
        assertTrue(tex.contains("\\mathrm{columns\\ 1\\ to\\ 3}"), tex);
    }

    @Test
    void aBlocksWidthIsItsWidestBlocks() {
        assertEquals(TexMath.matrix(new String[] {"1", "2", "3"}, 1, false).em(),
                TexMath.blocks(ONE_ROW_OF_FIVE, 1, THREE_COLUMNS, false).em());
    }
}
