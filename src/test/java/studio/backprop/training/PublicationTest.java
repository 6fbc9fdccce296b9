package studio.backprop.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a run's snapshots go out while it trains, and where its slices of training end for that. */
class PublicationTest {
    private static final long MS = 1_000_000L;
    private final List<TrainingSnapshot> sent = new ArrayList<>();
    private final Publication publication = new Publication(sent::add);
    /** Times on the clock the publication reads, after it was made. */
    private final long t0 = System.nanoTime();

    @Test
    void whileTrainingASnapshotIsDueAFrameAfterTheLastOne() {
        publication.publish(t0, null);

        assertFalse(publication.due(t0 + Publication.FRAME_NANOS - 1, true, true));
        assertTrue(publication.due(t0 + Publication.FRAME_NANOS, true, true));
        assertEquals(1, sent.size());
    }

    @Test
    void aSliceEndsWhereTheNextSnapshotFallsDueWithinIt() {
        publication.publish(t0, null);

        assertEquals(t0 + Publication.FRAME_NANOS, publication.endOfSlice(t0 + 12 * MS, 4 * MS));
    }

    @Test
    void aSliceLastsItsFullTimeWhenTheNextSnapshotIsDueLater() {
        publication.publish(t0, null);

        assertEquals(t0 + 9 * MS, publication.endOfSlice(t0 + 5 * MS, 4 * MS));
    }

    @Test
    void aSliceLastsItsFullTimeWhenASnapshotIsAlreadyDue() {
        publication.publish(t0, null);

        assertEquals(t0 + 24 * MS, publication.endOfSlice(t0 + 20 * MS, 4 * MS));
    }
}
