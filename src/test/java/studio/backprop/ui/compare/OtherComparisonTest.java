package studio.backprop.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Variant;
import studio.backprop.engine.WeightInit;

/** The values of an "Other comparison…" as typed in its rows. */
class OtherComparisonTest {

    private static List<Variant> runs(OtherComparison.Row... rows) {
        return OtherComparison.parse(List.of(rows), ChapterExample.network().architecture(), WeightInit.normal(1, 5));
    }

    private static List<String> labels(String key, String typed) {
        return runs(new OtherComparison.Row(key, typed)).stream().map(Variant::label).toList();
    }

    @Test
    void valuesMayBeApartBySpacesCommasOrSemicolons() {
        assertEquals(List.of("α = 0.01", "α = 0.1", "α = 1"), labels("lr", " 0.01, 0.1;1 "));
        assertEquals(List.of("batch of every point", "batch 1", "batch 4"), labels("batch-size", "0 1 4"));
    }

    @Test
    void anOptimisersSettingsKeepTheirCommas() {
        assertEquals(List.of("gd", "adam:beta1=0.8,beta2=0.99,epsilon=1.0E-8"),
                labels("optimizer", "gd adam:beta1=0.8,beta2=0.99"));
    }

    @Test
    void oneValueOrAWordIsRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> labels("lr", "0.1")).getMessage()
                .contains("compares 2 to 4 runs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> labels("l2", "0.1 lots")).getMessage()
                .contains("not a number"));
    }

    @Test
    void layersAreTypedAsTheLegendWritesThemAndDrawTheirWeightsAsTheExperimentDoes() {
        List<Variant> runs = runs(new OtherComparison.Row("layers", "1-4-2-1 1-8-1"));
        assertEquals(List.of("1-4-2-1", "1-8-1"), runs.stream().map(Variant::label).toList());
        assertEquals(WeightInit.normal(1, 5).draw(studio.backprop.engine.Architecture.sigmoid(1, 8, 1)),
                runs.get(1).apply(Experiment.chapter()).initial());
    }

    @Test
    void twoRowsMakeRunsThatDifferInBothSettings() {
        List<Variant> runs = runs(new OtherComparison.Row("lr", "1 0.01"), new OtherComparison.Row("optimizer",
                "gd adam"));
        assertEquals(List.of("gd, α = 1", "adam, α = 0.01"), runs.stream().map(Variant::label).toList());
    }

    @Test
    void everySettingTheDialogOffersIsOneACommandLineComparisonTakes() {
        assertEquals(List.of("lr", "optimizer", "batch-size", "momentum", "l2", "l1", "layers"),
                List.copyOf(OtherComparison.SETTINGS.values()));
    }
}
