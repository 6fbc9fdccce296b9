package studio.backprop.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Threads that run one task on several workers at once, the calling thread being worker 0, and return
 * when every worker is done: the engine's way to spread a sum over the cores. Allocates nothing per run
 * (no futures, no lambdas, no queue nodes), so the training loop stays free of garbage with threads too.
 * Crews are shared, one per size, made once and kept for the process: trainers come and go (a replica,
 * a preview) far more often than threads should.
 *
 * <p>A worker that has nothing to do spins briefly, since the next round of a training loop comes within
 * microseconds, and then parks, so an idle crew costs no CPU.
 */
final class Crew {
    /** What each worker runs. */
    interface Task {
        void run(int worker);
    }

    private static final Map<Integer, Crew> SHARED = new HashMap<>();
    private static final long SPIN_NANOS = 50_000;

    private final Thread[] workers;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile long generation;
    private volatile Task task;
    private volatile Thread leader;
    private volatile Throwable failure;

    private Crew(int size) {
        workers = new Thread[size];
        for (int k = 1; k < size; k++) {
            int worker = k;
            workers[k] = new Thread(() -> work(worker), Trainer.HELPER_THREADS + "-" + size + "-" + k);
            workers[k].setDaemon(true);
            workers[k].start();
        }
    }

    /** The crew of {@code size} workers (the caller and size - 1 threads). */
    static synchronized Crew of(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("a crew has at least 2 workers, got " + size);
        }
        return SHARED.computeIfAbsent(size, Crew::new);
    }

    int size() {
        return workers.length;
    }

    /** Runs {@code job} on every worker, this thread as worker 0; one caller at a time. */
    synchronized void run(Task job) {
        task = job;
        leader = Thread.currentThread();
        pending.set(workers.length - 1);
        generation++;
        for (int k = 1; k < workers.length; k++) {
            LockSupport.unpark(workers[k]);
        }
        try {
            job.run(0);
        } finally {
            long start = System.nanoTime();
            while (pending.get() != 0) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            task = null;
        }
        Throwable failed = failure;
        if (failed != null) {
            failure = null;
            throw new IllegalStateException("a training thread failed", failed);
        }
    }

    private void work(int worker) {
        long seen = 0;
        while (true) {
            long start = System.nanoTime();
            while (generation == seen) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = generation;
            try {
                task.run(worker);
            } catch (Throwable e) {
                failure = e;
            }
            if (pending.decrementAndGet() == 0) {
                LockSupport.unpark(leader);
            }
        }
    }
}
