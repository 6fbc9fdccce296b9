package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InitializationTest {
    private static final Architecture WIDE = Architecture.sigmoid(1, 32, 32, 1);

    @Test
    void normalWeightsHaveTheGivenSpreadWhateverTheWidth() {
        Network n = Initialization.normal(WIDE, 2.0, 1);
        double[] a = n.weights(2);
        double sum = 0;
        double squares = 0;
        for (double v : a) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / a.length;
        double sd = Math.sqrt(squares / a.length - mean * mean);
        assertEquals(0, mean, 0.1);
        assertEquals(2.0, sd, 0.1);
    }

    @Test
    void xavierWeightsStayWithinTheGlorotBoundAndBiasesStartAtZero() {
        Network n = Initialization.xavier(WIDE, 1);
        double r = Math.sqrt(6.0 / 64);
        for (double v : n.weights(2)) {
            assertTrue(Math.abs(v) <= r, "within +-" + r + ": " + v);
        }
        assertEquals(0.0, n.bias(2, 5));
    }

    @Test
    void theSameSeedGivesTheSameNetworkAndAnotherSeedAnother() {
        assertEquals(Initialization.xavier(WIDE, 9), Initialization.xavier(WIDE, 9));
        assertNotEquals(Initialization.normal(WIDE, 1, 9), Initialization.normal(WIDE, 1, 10));
    }

    @Test
    void aSigmaThatIsNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Initialization.normal(WIDE, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> WeightInit.normal(Double.NaN, 1));
    }

    @Test
    void theChaptersInitialisationGivesTheChaptersWeightsOnlyForItsShape() {
        Architecture tanh = new Architecture(new int[] {1, 4, 2, 1},
                List.of(Activation.TANH, Activation.SIGMOID, Activation.SIGMOID));
        assertArrayEquals(ChapterExample.network().weights(1), WeightInit.chapter().draw(tanh).weights(1));
        Architecture other = Architecture.sigmoid(1, 3, 1);
        assertEquals(Initialization.normal(other, 1, 0), WeightInit.chapter().draw(other));
    }

    @Test
    void methodsAreNamedInFilesByTheirIds() {
        for (WeightInit.Method m : WeightInit.Method.values()) {
            assertEquals(m, WeightInit.methodOf(m.id()));
        }
        assertThrows(IllegalArgumentException.class, () -> WeightInit.methodOf("he"));
    }
}
