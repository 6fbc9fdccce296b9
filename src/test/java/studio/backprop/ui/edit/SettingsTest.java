package studio.backprop.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.backprop.testing.MemoryPreferences;

class SettingsTest {
    private final MemoryPreferences node = new MemoryPreferences();
    private final Settings settings = new Settings(node);

    @Test
    void aFreshStoreGivesTheDefaults() {
        assertEquals(Settings.Theme.LIGHT, settings.theme());
        assertEquals(false, settings.presentationMode());
        assertEquals(Optional.empty(), settings.lastExperiment());
        assertEquals(Settings.DEFAULT_WINDOW, settings.windowSize());
        assertTrue(settings.recentFiles().list().isEmpty());
    }

    @Test
    void whatIsSetIsReadBackByAnotherSettingsOnTheSameNode() {
        settings.setTheme(Settings.Theme.DARK);
        settings.setPresentationMode(true);
        settings.setLastExperiment(Path.of("/tmp/e.json"));
        settings.setWindowSize(new Settings.WindowSize(1920, 1080));
        Settings again = new Settings(node);
        assertEquals(Settings.Theme.DARK, again.theme());
        assertTrue(again.presentationMode());
        assertEquals(Optional.of(Path.of("/tmp/e.json")), again.lastExperiment());
        assertEquals(new Settings.WindowSize(1920, 1080), again.windowSize());
    }

    @Test
    void damagedValuesFallBackToTheDefaults() {
        node.put("theme", "purple");
        node.putInt("windowWidth", 3);
        assertEquals(Settings.Theme.LIGHT, settings.theme());
        assertEquals(Settings.DEFAULT_WINDOW, settings.windowSize());
    }

    @Test
    void recentFilesKeepTheEightLatestMostRecentFirstWithoutRepeats() {
        RecentFiles recent = settings.recentFiles();
        IntStream.rangeClosed(1, 10).forEach(k -> recent.add(Path.of("/x/" + k + ".json")));
        recent.add(Path.of("/x/5.json"));
        List<Path> list = new Settings(node).recentFiles().list();
        assertEquals(RecentFiles.LIMIT, list.size());
        assertEquals(List.of(Path.of("/x/5.json"), Path.of("/x/10.json"), Path.of("/x/9.json")), list.subList(0, 3));
        assertEquals(Path.of("/x/3.json"), list.get(7));
        recent.remove(Path.of("/x/10.json"));
        assertEquals(Path.of("/x/9.json"), recent.list().get(1));
    }
}
