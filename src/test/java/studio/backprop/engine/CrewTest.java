package studio.backprop.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The engine's threads: every worker runs each task once, the caller among them, and failures come back. */
class CrewTest {

    @Test
    void everyWorkerRunsEachTaskOnceWithTheCallerAsWorkerZero() {
        Crew crew = Crew.of(3);
        AtomicIntegerArray runs = new AtomicIntegerArray(3);
        long[] threadOf = new long[3];
        for (int round = 0; round < 1000; round++) {
            crew.run(worker -> {
                runs.incrementAndGet(worker);
                threadOf[worker] = Thread.currentThread().getId();
            });
        }
        assertEquals("[1000, 1000, 1000]", runs.toString());
        assertEquals(Thread.currentThread().getId(), threadOf[0]);
        assertNotEquals(threadOf[1], threadOf[2]);
    }

    @Test
    void aWorkersFailureIsThrownToTheCallerAndTheCrewGoesOn() {
        Crew crew = Crew.of(2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> crew.run(worker -> {
            if (worker == 1) {
                throw new ArithmeticException("worker 1 broke");
            }
        }));
        assertEquals("worker 1 broke", e.getCause().getMessage());
        int[] done = new int[2];
        crew.run(worker -> done[worker] = 1);
        assertArrayEquals(new int[] {1, 1}, done);
    }

    @Test
    void crewsAreSharedBySize() {
        assertEquals(Crew.of(2), Crew.of(2));
        assertEquals(4, Crew.of(4).size());
    }
}
