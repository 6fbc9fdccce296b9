package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import studio.backprop.engine.Experiment;

/** The C yardstick's case format, read so that bench and ref time the same files. */
class CaseFileTest {
    /** ../shared/bench/seed.net as it is. */
    static final String SEED = """
            # Seed example from the chapter "Backpropagation" (J. Skycak):
            # 1-4-2-1 sigmoid network, full-batch gradient descent on RSS.
            arch 1 4 2 1
            lr 0.01
            A1  5
               -5
                5
               -5
            b1 -0.75 1.75 -3.25 4.25
            A2 10 10  0  0
                0  0 10 10
            b2 -12.5 -12.5
            A3 10 10
            b3 -2.5
            data 5
            0    0
            0.25 1
            0.5  0.5
            0.75 1
            1    0
            """;

    @Test
    void theSeedCaseIsTheChaptersExample() throws Exception {
        Experiment read = CaseFile.parse(SEED, "seed.net");
        Experiment chapter = Experiment.chapter();
        assertEquals(chapter.initial(), read.initial());
        assertEquals(chapter.data(), read.data());
        assertEquals(chapter.learningRate(), read.learningRate());
    }

    @Test
    void keywordsMayComeInAnyOrderAfterArch() throws Exception {
        String shuffled = "arch 1 1\ndata 2 0 1 1 0\nb1 0.5\nlr 0.1\nA1 2\n";
        Experiment read = CaseFile.parse(shuffled, "tiny.net");
        assertEquals(2.0, read.initial().weight(1, 0, 0));
        assertEquals(0.5, read.initial().bias(1, 0));
        assertEquals(1.0, read.data().y(0));
        assertEquals(0.1, read.learningRate());
    }

    @Test
    void aMissingMatrixIsNamed() {
        InputException e = assertThrows(InputException.class,
                () -> CaseFile.parse(SEED.replace("A2 10 10  0  0\n    0  0 10 10\n", ""), "seed.net"));
        assertEquals("seed.net: no \"A2\"", e.getMessage());
    }

    @Test
    void anUnknownKeywordIsNamedWithTheOnesExpected() {
        InputException e = assertThrows(InputException.class, () -> CaseFile.parse(SEED.replace("lr 0.01", "rate 0.01"), "seed.net"));
        assertEquals("seed.net: unknown keyword \"rate\" (expected lr, data, A1..A3 or b1..b3)", e.getMessage());
    }

    @Test
    void aBadNumberNamesItsBlock() {
        InputException e = assertThrows(InputException.class, () -> CaseFile.parse(SEED.replace("-12.5 -12.5", "-12.5 x"), "seed.net"));
        assertEquals("seed.net: b2: \"x\" is not a finite number", e.getMessage());
    }

    @Test
    void aFileCutShortSaysWhere() {
        InputException e = assertThrows(InputException.class, () -> CaseFile.parse(SEED.replace("1    0\n", ""), "seed.net"));
        assertEquals("seed.net: ends inside data point 5", e.getMessage());
    }

    @Test
    void aBadNumberInTheDataNamesItsPoint() {
        InputException e = assertThrows(InputException.class, () -> CaseFile.parse(SEED.replace("0.5  0.5", "0.5  half"), "seed.net"));
        assertEquals("seed.net: data point 3: \"half\" is not a finite number", e.getMessage());
    }

    @Test
    void aBlockOfALayerTooLargeToCountIsAnUnknownKeyword() {
        InputException e = assertThrows(InputException.class, () -> CaseFile.parse(SEED.replace("b3 -2.5", "b99999999999 -2.5"), "seed.net"));
        assertEquals("seed.net: unknown keyword \"b99999999999\" (expected lr, data, A1..A3 or b1..b3)", e.getMessage());
    }
}
