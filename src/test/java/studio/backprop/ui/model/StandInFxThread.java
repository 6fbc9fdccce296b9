package studio.backprop.ui.model;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import studio.backprop.training.TrainingSnapshot;

/** One thread that plays the FX thread for the models' tests without a toolkit. */
final class StandInFxThread implements Executor, AutoCloseable {
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @Override
    public void execute(Runnable task) {
        thread.execute(task);
    }

    /** Runs {@code read} on this thread, as the views would. */
    <T> Future<T> submit(Callable<T> read) {
        return thread.submit(read);
    }

    /** Runs {@code command} on this thread, as a control's handler would. */
    Future<?> submit(Runnable command) {
        return thread.submit(command);
    }

    /** Waits up to 10 s for a snapshot, read on this thread, that matches; fails naming what was awaited. */
    TrainingSnapshot await(String what, Supplier<TrainingSnapshot> read, Predicate<TrainingSnapshot> condition)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            TrainingSnapshot s = submit(read::get).get();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
