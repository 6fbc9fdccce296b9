package studio.backprop.ui.model;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a worker thread to the FX thread the way {@code Task.updateValue} does: only the
 * newest value is kept, and at most one {@code runLater} is pending, so the FX thread is never flooded
 * and the worker never waits.
 */
public final class LatestValuePublisher<T> implements Consumer<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final Consumer<T> onFxThread;
    private final Executor fxThread;

    /**
     * @param fxThread   runs a task on the FX thread: {@code Platform::runLater} (tests may pass another)
     * @param onFxThread takes each value that gets through, on that thread
     */
    public LatestValuePublisher(Executor fxThread, Consumer<T> onFxThread) {
        this.fxThread = fxThread;
        this.onFxThread = onFxThread;
    }

    @Override
    public void accept(T value) {
        if (latest.getAndSet(value) == null) {
            try {
                fxThread.execute(() -> onFxThread.accept(latest.getAndSet(null)));
            } catch (RuntimeException e) {
                latest.compareAndSet(value, null); // nothing is pending, so a later value schedules again
                throw e;
            }
        }
    }
}
