package studio.backprop.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from a worker thread to the FX thread the way {@code Task.updateValue} does: only the
 * newest value is kept, and at most one {@code runLater} is pending, so the FX thread is never flooded
 * and the worker never waits.
 */
public final class LatestValuePublisher<T> implements Consumer<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final Consumer<T> onFxThread;

    public LatestValuePublisher(Consumer<T> onFxThread) {
        this.onFxThread = onFxThread;
    }

    @Override
    public void accept(T value) {
        if (latest.getAndSet(value) == null) {
            Platform.runLater(() -> onFxThread.accept(latest.getAndSet(null)));
        }
    }
}
