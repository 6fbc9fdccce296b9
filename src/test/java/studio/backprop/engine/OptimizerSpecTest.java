package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which optimiser an experiment trains with is taken from the registered kinds, by id. */
class OptimizerSpecTest {

    @Test
    void theChaptersGradientDescentIsTheDefaultAndFirstRegistered() {
        assertEquals("gd", OptimizerSpec.chapter().id());
        assertEquals(GradientDescent.KIND, Optimizers.ALL.get(0));
        assertTrue(OptimizerSpec.of("gd", Map.of()).isChapter());
    }

    @Test
    void aSpecMakesAFreshOptimiserOfItsKind() {
        Optimizer made = OptimizerSpec.chapter().create(ChapterExample.network().architecture());

        assertInstanceOf(GradientDescent.class, made);
    }

    @Test
    void anUnknownIdIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.of("nesterov", Map.of()));

        assertEquals("unknown optimiser \"nesterov\" (known: gd, sgd, momentum, adam)", e.getMessage());
    }

    @Test
    void aSettingTheKindDoesNotHaveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerSpec.of("gd", Map.of("mu", 0.9)));

        assertEquals("the optimiser gd has no setting \"mu\"", e.getMessage());
    }

    @Test
    void anExperimentTrainsWithItsOptimiserFromTheStartAndAfterAResume() {
        Experiment chapter = Experiment.chapter();
        Trainer started = chapter.start();
        started.iterate(10);
        Trainer resumed = chapter.resume(started.network(), 10);

        started.iterate();
        resumed.iterate();

        assertEquals(started.network(), resumed.network());
        assertEquals(chapter.optimizer(), chapter.withLearningRate(0.5).optimizer());
    }
}
