package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import studio.backprop.engine.Experiment;
import studio.backprop.engine.Trainer;

/**
 * Several threads fire random commands for a few seconds while training runs: no exception, no
 * deadlock, and every published snapshot agrees with itself.
 */
class TrainingServiceStressTest {

    @Test
    void randomCommandsFromManyThreadsLeaveEverySnapshotSelfConsistent() throws Exception {
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicLong checked = new AtomicLong();
        Consumer<TrainingSnapshot> checker = s -> {
            double recomputed = new Trainer(s.network(), s.data(), s.learningRate()).rss();
            if (Double.doubleToLongBits(recomputed) != Double.doubleToLongBits(s.rss())) {
                problems.add("iteration " + s.iteration() + ": RSS " + s.rss() + " but its weights give " + recomputed);
            }
            if (s.history().size() > 0 && s.history().first(s.history().size() - 1) >= s.iteration()) {
                problems.add("iteration " + s.iteration() + ": history runs ahead of the weights");
            }
            checked.incrementAndGet();
        };
        SnapshotRecorder recorder = new SnapshotRecorder();
        TrainingService service = new TrainingService(Experiment.chapter(), checker.andThen(recorder));
        service.run();

        int threads = 4;
        CountDownLatch done = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        long end = System.nanoTime() + 3_000_000_000L;
        for (int t = 0; t < threads; t++) {
            long seed = t;
            Thread worker = new Thread(() -> {
                Random random = new Random(seed);
                try {
                    while (System.nanoTime() < end) {
                        switch (random.nextInt(7)) {
                            case 0 -> service.run();
                            case 1 -> service.pause();
                            case 2 -> service.step(1 + random.nextInt(100));
                            case 3 -> service.reset();
                            case 4 -> service.setLearningRate(Math.pow(10, -4 + 4 * random.nextDouble()));
                            case 5 -> service.runUntil(random.nextInt(100_000));
                            default -> service.setSpeed(random.nextBoolean() ? TrainingService.UNLIMITED : 500);
                        }
                        Thread.sleep(random.nextInt(3));
                    }
                } catch (Throwable e) {
                    problems.add(e.toString());
                } finally {
                    done.countDown();
                }
            });
            worker.setUncaughtExceptionHandler((th, e) -> problems.add(e.toString()));
            workers.add(worker);
            worker.start();
        }
        assertTrue(done.await(20, java.util.concurrent.TimeUnit.SECONDS), "the command threads finish");

        // Still answering: a final step lands and is published.
        service.pause();
        service.reset();
        service.step(3);
        TrainingSnapshot last = recorder.await(s -> s.iteration() == 3 && s.state() == TrainingSnapshot.State.PAUSED,
                "the final three steps");
        service.close();
        assertTrue(service.awaitTermination(2000), "no deadlock: the thread ends");
        assertEquals(3, last.iteration());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked.get() > 50, "only " + checked.get() + " snapshots checked");
    }
}
