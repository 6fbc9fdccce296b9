package studio.backprop.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.backprop.model.SavedExperiment;

/** Work that survives: a session killed without closing leaves its copy, and only then is it offered. */
class RecoveryStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSessionKilledInAnotherJvmLeavesItsWorkWhichTheNextSessionReadsBackBitForBit() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecoveryChild.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("written", out.readLine());
            assertEquals(List.of(), store.leftBehind(), "a live session's copy is its own");

            child.destroyForcibly(); // no clean close: as a crash or a pulled plug
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }

        List<RecoveryStore.Left> left = store.leftBehind();
        assertEquals(1, left.size());
        assertEquals("chapter, iteration 123", left.get(0).about());
        SavedExperiment back = left.get(0).read();
        SavedExperiment work = RecoveryChild.work();
        assertEquals(work.network(), back.network()); // Network.equals compares the doubles bit for bit
        assertEquals(work.iteration(), back.iteration());
        assertTrue(work.sameSetup(back));
        store.forget(left.get(0));
        assertEquals(List.of(), store.leftBehind());
    }

    @Test
    void aSessionClosedCleanlyLeavesNothingBehind() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        try (RecoveryStore.Slot slot = store.open()) {
            slot.write(RecoveryChild.work(), "work");
        }
        assertEquals(List.of(), store.leftBehind());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void twoLiveSessionsOfOneProcessNeverOfferEachOthersWork() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        try (RecoveryStore.Slot first = store.open(); RecoveryStore.Slot second = store.open()) {
            first.write(RecoveryChild.work(), "first");
            second.write(RecoveryChild.work(), "second");
            assertEquals(List.of(), store.leftBehind());
        }
    }

    @Test
    void workSavedIsClearedAndNotOffered() throws Exception {
        RecoveryStore store = new RecoveryStore(dir);
        RecoveryStore.Slot slot = store.open();
        slot.write(RecoveryChild.work(), "work");
        slot.clear();
        // the session is still alive, and has nothing to offer even were it not
        assertEquals(List.of(), store.leftBehind());
        slot.close();
    }
}
