package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every optimiser, with shuffled batches, a penalty and points held out, trains without allocating. */
class TrainingAllocatesNothingTest {

    @ParameterizedTest
    @ValueSource(strings = {"gd", "sgd", "momentum", "adam"})
    void anIterationAllocatesNothing(String id) {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int p = 0; p < 40; p++) {
            x[p] = p / 40.0;
            y[p] = p % 2;
        }
        TrainingOptions options = TrainingOptions.CHAPTER.withBatchSize(id.equals("gd") ? 0 : 3)
                .withShuffle(id.equals("gd") ? OptionalLong.empty() : OptionalLong.of(5))
                .withPenalty(new Penalty(0.001, 0.002)).withHeldOut(List.of(1, 7, 30));
        Trainer trainer = new Experiment(ChapterExample.network(), DataSet.of1D(x, y), 0.01,
                OptimizerSpec.of(id, Map.of()), options).start();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        trainer.iterate(20_000);
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int k = 0; k < 20_000; k++) {
            trainer.iterateSafely();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertTrue(allocated < 1024, id + ": " + allocated + " bytes allocated in 20,000 iterations");
    }
}
