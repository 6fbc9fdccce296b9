package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aWideNetworkOnThreadsAllocatesNothingOnAnyOfThem(int count) {
        double[] x = new double[300];
        double[] y = new double[300];
        for (int p = 0; p < 300; p++) {
            x[p] = p / 300.0;
            y[p] = Math.sin(6 * x[p]);
        }
        Architecture wide = new Architecture(new int[] {1, 32, 32, 32, 1},
                List.of(Activation.TANH, Activation.RELU, Activation.TANH, Activation.LINEAR));
        Trainer trainer = new Experiment(Initialization.scaledNormal(wide, 3), DataSet.of1D(x, y), 1e-4).start();
        trainer.useThreads(count);
        trainer.iterate(200);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = trainingThreads(count);
        long[] before = threads.getThreadAllocatedBytes(ids);
        trainer.iterate(500);
        long[] after = threads.getThreadAllocatedBytes(ids);
        for (int k = 0; k < ids.length; k++) {
            assertTrue(after[k] - before[k] < 1024, (after[k] - before[k]) + " bytes allocated by thread " + ids[k]
                    + " in 500 iterations on " + count + " threads");
        }
        assertEquals(count, ids.length, "the training threads: this one and the crew's");
    }

    /** This thread and the threads of the crew of that size. */
    private static long[] trainingThreads(int count) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t == Thread.currentThread() || t.getName().startsWith("backprop-crew-" + count + "-"))
                .mapToLong(Thread::getId).toArray();
    }
}
