package studio.backprop.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Only the newest value reaches the FX side, and a refused hand-over does not block the next one. */
class LatestValuePublisherTest {
    private final List<Runnable> pending = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    @Test
    void valuesPublishedBeforeTheFxThreadRunsArriveAsTheNewestOnly() {
        LatestValuePublisher<String> publisher = new LatestValuePublisher<>(pending::add, shown::add);

        publisher.accept("a");
        publisher.accept("b");
        pending.forEach(Runnable::run);

        assertEquals(1, pending.size());
        assertEquals(List.of("b"), shown);
    }

    @Test
    void aValueTheFxThreadRefusedDoesNotKeepTheNextFromBeingScheduled() {
        boolean[] refuse = {true};
        LatestValuePublisher<String> publisher = new LatestValuePublisher<>(task -> {
            if (refuse[0]) {
                throw new RejectedExecutionException("the toolkit is shutting down");
            }
            pending.add(task);
        }, shown::add);

        assertThrows(RejectedExecutionException.class, () -> publisher.accept("lost"));
        refuse[0] = false;
        publisher.accept("next");
        pending.forEach(Runnable::run);

        assertEquals(List.of("next"), shown);
    }
}
