package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {
    @Test
    void theChaptersPresetComesFirstAndIsTheChaptersExperiment() {
        assertEquals("chapter", Presets.all().get(0).id());
        assertEquals(Experiment.chapter(), Presets.get("chapter").experiment());
    }

    @Test
    void thereAreTheChaptersTwoAndFourDataSetsThatTeach() {
        assertEquals(List.of("chapter", "exercise2", "sine", "step", "noisy-parabola", "bump"),
                Presets.oneInput().stream().map(Preset::id).toList());
        assertEquals(Presets.oneInput(), Presets.all().subList(0, 6));
        assertEquals(Presets.twoInputs(), Presets.all().subList(6, 11));
        for (Preset p : Presets.all()) {
            assertFalse(p.title().isBlank(), p.id());
            assertFalse(p.teaches().isBlank() || p.teaches().contains("\n"), p.id());
        }
    }

    @Test
    void exerciseTwoIsTheChaptersNetworkWithWeightsFromTheSeed() {
        Preset e = Presets.get("exercise2");
        Experiment first = e.experiment(42);
        assertEquals(ChapterExample.network().architecture(), first.initial().architecture());
        assertEquals(ChapterExample.data(), first.data());
        assertEquals(first.initial(), e.experiment(42).initial(), "the same seed gives the same weights");
        assertNotEquals(first.initial(), e.experiment(43).initial());
        assertEquals(Initialization.normal(first.initial().architecture(), 1.0, 42), first.initial());
        assertEquals(e.experiment(Presets.EXERCISE2_SEED), e.experiment());
    }

    @Test
    void everyDataSetLiesInTheUnitSquareWithEightToTwentyPoints() {
        for (Preset p : Presets.oneInput()) {
            DataSet d = p.data();
            assertTrue(d.size() >= 5 && d.size() <= 20, p.id() + " has " + d.size());
            for (int k = 0; k < d.size(); k++) {
                assertTrue(d.x(k) >= 0 && d.x(k) <= 1 && d.y(k) >= 0 && d.y(k) <= 1, p.id() + " point " + k);
            }
        }
    }

    @Test
    void everyPresetIsTheSameOnEveryCall() {
        for (Preset p : Presets.all()) {
            assertEquals(p.experiment(), p.experiment(), p.id());
        }
    }

    @Test
    void everyPresetLosesTwoFifthsOfItsLossWithinTwentyThousandIterations() {
        for (Preset p : Presets.all()) {
            Trainer descent = p.experiment().start();
            double before = descent.rss();
            descent.iterate(Preset.RUN);
            assertTrue(descent.rss() < 0.6 * before, p.id() + ": " + before + " -> " + descent.rss());
        }
    }

    @Test
    void anUnknownPresetIsRefusedNamingTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Presets.get("helix"));
        assertEquals("unknown preset \"helix\" (known: chapter, exercise2, sine, step, noisy-parabola, bump, circle,"
                + " xor, gauss, spiral, saddle)",
                e.getMessage());
    }
}
