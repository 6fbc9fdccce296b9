package studio.backprop.training;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The thread training runs on: a run's own, or one shared by compared runs, which it trains in turn, a
 * slice of a few milliseconds each. Sharing keeps a comparison off the cores the window draws on: four
 * runs on one thread each train at a quarter of one run's speed, and the frame rate stays where it was.
 *
 * <p>Every service is touched only by this thread, whatever thread sends it commands.
 */
public final class TrainingThread implements AutoCloseable {
    /** The name of every training thread, by which a speed check finds them. */
    public static final String NAME = "training";
    /** How long a shared thread sleeps when none of its runs had anything to do. */
    private static final long IDLE_MILLIS = 2;
    private final List<TrainingService> services = new CopyOnWriteArrayList<>();
    private final Queue<Task<?>> tasks = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    /** True for a run's own thread, which ends with it. */
    private final boolean own;
    private volatile boolean closed;
    /** Set as the loop ends, before the tasks still waiting are failed: a task queued later fails at once. */
    private volatile boolean ended;

    /** A thread for runs to share; daemon, started at once. */
    public TrainingThread() {
        this(false);
    }

    private TrainingThread(boolean own) {
        this.own = own;
        thread = new Thread(this::loop, NAME);
        thread.setDaemon(true);
        thread.start();
    }

    /** A thread for one run, which ends when that run is closed. */
    static TrainingThread own() {
        return new TrainingThread(true);
    }

    void add(TrainingService service) {
        services.add(service);
    }

    void remove(TrainingService service) {
        services.remove(service);
        if (own) {
            close();
        }
    }

    private void loop() {
        try {
            while (!closed) {
                for (Task<?> task = tasks.poll(); task != null; task = tasks.poll()) {
                    task.run();
                }
                boolean alone = services.size() == 1;
                boolean worked = false;
                for (TrainingService service : services) {
                    // A run alone may wait for its commands; runs that share must not hold up the others.
                    worked |= service.turn(alone);
                }
                if (!alone && !worked) {
                    Thread.sleep(IDLE_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended = true;
            failWaitingTasks();
        }
    }

    /**
     * Runs {@code task} on this thread between its runs' turns (within a frame when they are idle), for
     * timing: a shared VM's cores can differ in speed by half at one moment, while the C yardstick runs
     * evenly on either of them, so a yardstick for the runs is fair only on their own thread, and so on
     * their core. The runs wait meanwhile.
     */
    public <T> CompletableFuture<T> call(Supplier<T> task) {
        Task<T> queued = new Task<>(task, new CompletableFuture<>());
        tasks.add(queued);
        if (ended) {
            failWaitingTasks(); // the loop will not run it: say so rather than leave the caller waiting
        }
        return queued.result();
    }

    private void failWaitingTasks() {
        for (Task<?> task = tasks.poll(); task != null; task = tasks.poll()) {
            task.result().completeExceptionally(new IllegalStateException("the training thread has ended"));
        }
    }

    /** A task and the future its result goes to. */
    private record Task<T>(Supplier<T> task, CompletableFuture<T> result) {
        void run() {
            result.completeAsync(task, Runnable::run);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    /** False once the thread has ended, closed or not (an error outside any run's guard ends it too). */
    boolean alive() {
        return thread.isAlive();
    }

    /** Waits for a run's own thread to end after it was closed; a shared one goes on (true at once). */
    boolean awaitTermination(long millis) throws InterruptedException {
        if (!own && !closed) {
            return true;
        }
        thread.join(millis);
        return !thread.isAlive();
    }
}
