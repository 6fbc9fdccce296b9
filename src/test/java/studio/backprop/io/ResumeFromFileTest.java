package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import studio.backprop.engine.BatchPosition;
import studio.backprop.engine.ChapterExample;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.OptimizerMemory;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.engine.Penalty;
import studio.backprop.engine.Trainer;
import studio.backprop.engine.TrainingOptions;
import studio.backprop.engine.WeightInit;
import studio.backprop.model.SavedExperiment;
import studio.backprop.training.LossRecord;

/** Save, reopen and continue gives the same numbers as never stopping. */
class ResumeFromFileTest {
    /** Batches of 2 of the 5 points, shuffled each epoch: 7 updates stop in the middle of the third epoch. */
    private static final TrainingOptions SHUFFLED = new TrainingOptions(2, OptionalLong.of(2024), new Penalty(0, 1e-4),
            List.of());
    private static final int BEFORE = 7;
    private static final int AFTER = 11;

    @TempDir
    Path dir;

    private static Experiment experiment(String optimizer) {
        return new Experiment(ChapterExample.network(), ChapterExample.data(), 0.05,
                OptimizerSpec.of(optimizer, Map.of()), SHUFFLED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gd", "sgd", "momentum", "adam"})
    void trainingReopenedFromAFileGoesOnBitForBitAsIfItHadNeverStopped(String optimizer) throws Exception {
        Experiment experiment = experiment(optimizer);
        Trainer neverStopped = experiment.start();
        neverStopped.iterate(BEFORE + AFTER);

        Trainer first = experiment.start();
        first.iterate(BEFORE);
        SavedExperiment saved = new SavedExperiment(first.network(), experiment.initial(), experiment.data(),
                experiment.learningRate(), first.iteration(), null, WeightInit.chapter(), experiment.optimizer(),
                first.optimizer().copy(), LossRecord.EMPTY, experiment.options(), first.batchPosition());
        Path file = dir.resolve(optimizer + ".bpexp.json");
        ExperimentFile.write(saved, file);
        SavedExperiment reopened = ExperimentFile.read(file);
        OptimizerMemory memory = reopened.memory() == null ? OptimizerMemory.NONE : reopened.memory().memory();
        Trainer resumed = reopened.experiment().resume(reopened.network(), reopened.iteration(), memory,
                reopened.position());
        resumed.iterate(AFTER);

        assertNotEquals(BatchPosition.START, saved.position());
        assertEquals(neverStopped.network(), resumed.network()); // Arrays.deepEquals: bit for bit
        assertEquals(neverStopped.batchPosition(), resumed.batchPosition());
        assertEquals(neverStopped.iteration(), resumed.iteration());
    }
}
