package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A file opened from the desktop while the app runs goes to the running window, not to a second one. */
class RunningAppTest {
    @TempDir
    Path dir;

    private RunningApp listening(List<Path> opened) throws Exception {
        RunningApp first = new RunningApp(dir.resolve("running"));
        first.listen(opened::add);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("running")));
        return first;
    }

    @Test
    void aLaterStartHandsItsFileToTheRunningAppAndMayEnd() throws Exception {
        List<Path> opened = new CopyOnWriteArrayList<>();
        listening(opened);
        assertTrue(new RunningApp(dir.resolve("running")).handOver(Path.of("lesson.bpstudio")));
        assertEquals(List.of(Path.of("lesson.bpstudio").toAbsolutePath()), opened);
    }

    @Test
    void withNoAppRunningTheStartOpensItsOwnWindow() {
        assertFalse(new RunningApp(dir.resolve("running")).handOver(Path.of("lesson.bpstudio")));
    }

    @Test
    void aNoteLeftByAnAppThatEndedIsNoObstacle() throws Exception {
        int port;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = gone.getLocalPort();
        }
        Files.writeString(dir.resolve("running"), port + "\nabc\n");
        assertFalse(new RunningApp(dir.resolve("running")).handOver(Path.of("lesson.bpstudio")));
    }

    @Test
    void aCallerWithoutTheTokenOpensNothing() throws Exception {
        List<Path> opened = new CopyOnWriteArrayList<>();
        listening(opened);
        List<String> note = Files.readAllLines(dir.resolve("running"));
        Files.writeString(dir.resolve("forged"), note.get(0) + "\nnot-the-token\n");
        assertFalse(new RunningApp(dir.resolve("forged")).handOver(Path.of("evil.bpstudio")));
        assertEquals(List.of(), opened);
    }
}
