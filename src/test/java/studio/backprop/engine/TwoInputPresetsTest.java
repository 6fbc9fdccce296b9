package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TF Playground's four data sets and a surface, each teaching what it says within its default run. */
class TwoInputPresetsTest {
    @Test
    void thereAreTheFourOfTfPlaygroundAndASurface() {
        assertEquals(List.of("circle", "xor", "gauss", "spiral", "saddle"),
                Presets.twoInputs().stream().map(Preset::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss", "spiral", "saddle"})
    void eachTakesTwoInputsInTheSquareAndTargetsASigmoidReaches(String id) {
        Preset p = Presets.get(id);
        DataSet d = p.data();
        assertEquals(2, d.inputs());
        assertEquals(2, p.architecture().inputs());
        for (int k = 0; k < d.size(); k++) {
            assertTrue(Math.abs(d.x(k, 0)) <= 1.3 && Math.abs(d.x(k, 1)) <= 1.3, id + " point " + (k + 1));
            assertTrue(d.y(k) >= 0 && d.y(k) <= 1, id + " point " + (k + 1));
        }
        assertEquals(p.experiment(), p.experiment(), "the same on every call");
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss", "spiral"})
    void eachClassPresetHasHalfItsPointsInEachClass(String id) {
        DataSet d = Presets.get(id).data();
        long ones = java.util.stream.IntStream.range(0, d.size()).filter(k -> d.y(k) == 1).count();
        assertEquals(d.size() / 2.0, ones, d.size() * 0.15);
        assertTrue(Accuracy.classes(d).isPresent());
    }

    @Test
    void theSaddleIsASurfaceNotClasses() {
        assertFalse(Accuracy.classes(Presets.get("saddle").data()).isPresent());
        assertTrue(Double.isNaN(Presets.get("saddle").accuracy()));
    }

    @Test
    void theSpiralIsTwoEightEightOneWithTanhHiddenLayers() {
        Architecture a = Presets.get("spiral").architecture();
        assertEquals("2-8-8-1", a.describe().substring(0, 7));
        assertEquals(Activation.TANH, a.activation(1));
        assertEquals(Activation.TANH, a.activation(2));
        assertEquals(Activation.SIGMOID, a.activation(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor", "gauss", "spiral", "saddle"})
    void eachLosesTwoFifthsOfItsLossAndReachesTheAccuracyItClaimsWithinItsRun(String id) {
        Preset p = Presets.get(id);
        Trainer run = p.experiment().start();
        double before = run.rss();
        run.iterate(Preset.RUN);

        assertTrue(run.rss() < 0.6 * before, id + ": " + before + " -> " + run.rss());
        if (!Double.isNaN(p.accuracy())) {
            double reached = Accuracy.of(run.network(), p.data()).orElseThrow();
            assertTrue(reached >= p.accuracy(), id + " claims " + p.accuracy() + ", reached " + reached);
            assertTrue(p.teaches().contains(Math.round(100 * p.accuracy()) + "%"), p.teaches());
        }
    }

    @Test
    void noiseMovesThePointsButNotTheirClasses() {
        Sampling clean = Presets.get("circle").sampling().withNoise(0);
        DataSet a = clean.data();
        DataSet b = clean.withNoise(0.2).data();
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.y(k), b.y(k));
        }
        assertFalse(a.equals(b));
    }

    @Test
    void theSpiralsFirstIterationMovesItsBiases() {
        // Without noise every point (x, 1) has its mirror (-x, 0), and with tanh and biases at 0 the biases'
        // gradients cancel exactly: the worked example would show columns of zeros.
        Trainer run = Presets.get("spiral").experiment().start();
        run.iterate();

        assertTrue(Math.abs(run.gradient().db(1)[0]) > 1e-4 && Math.abs(run.gradient().db(3)[0]) > 1e-4);
    }
}
