package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Tasks on a training thread: run there, or refused at once once it has ended, never left waiting. */
class TrainingThreadTest {

    @Test
    void aTaskRunsOnTheTrainingThreadAndGivesItsResult() throws Exception {
        TrainingThread thread = new TrainingThread();
        try {
            assertEquals(TrainingThread.NAME, thread.call(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS));
        } finally {
            thread.close();
        }
    }

    @Test
    void aTaskForAThreadThatHasEndedFailsAtOnceInsteadOfWaitingForEver() throws Exception {
        TrainingThread thread = new TrainingThread();
        thread.close();
        assertTrue(thread.awaitTermination(2000), "the thread ends on close");

        CompletableFuture<Integer> result = thread.call(() -> 1);

        ExecutionException e = assertThrows(ExecutionException.class, () -> result.get(1, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }
}
