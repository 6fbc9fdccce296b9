package studio.backprop.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The classes loaded ahead while JavaFX starts are still the app's: src/dist/warm-start-list remakes them. */
class WarmStartTest {

    @Test
    void nearlyEveryClassTheListNamesIsStillInTheApp() throws IOException {
        List<String> names;
        try (InputStream list = WarmStart.class.getResourceAsStream("warm-start.txt")) {
            assertNotNull(list, "the jar holds the list");
            names = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> gone = names.stream().filter(name -> {
            try {
                Class.forName(name, false, WarmStart.class.getClassLoader());
                return false;
            } catch (ClassNotFoundException e) {
                return true;
            }
        }).toList();
        assertTrue(names.size() > 1000, "the classes of a whole window: " + names.size());
        assertTrue(gone.size() * 20 < names.size(), "over 5% gone, remake the list: " + gone);
    }
}
