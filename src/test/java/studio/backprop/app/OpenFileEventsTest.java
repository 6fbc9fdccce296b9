package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files the system hands the running app (macOS's double-click) reach the window, none lost or doubled. */
class OpenFileEventsTest {

    @AfterEach
    void forget() {
        OpenFileEvents.reset();
    }

    @Test
    void aFileThatArrivesBeforeTheWindowOpensOnceTheWindowIsReady() {
        OpenFileEvents.deliver(Path.of("lesson.bpstudio"));
        List<Path> opened = new ArrayList<>();
        OpenFileEvents.openWith(opened::add);
        assertEquals(List.of(Path.of("lesson.bpstudio")), opened);
        OpenFileEvents.openWith(opened::add);
        assertEquals(1, opened.size(), "opened once");
    }

    @Test
    void aFileThatArrivesWhileTheAppRunsGoesStraightToTheWindow() {
        List<Path> opened = new ArrayList<>();
        OpenFileEvents.openWith(opened::add);
        OpenFileEvents.deliver(Path.of("a.bpstudio"));
        OpenFileEvents.deliver(Path.of("b.bpstudio"));
        assertEquals(List.of(Path.of("a.bpstudio"), Path.of("b.bpstudio")), opened);
    }
}
