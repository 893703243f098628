package org.roadshow.ui.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.ui.theme.Theme;

/** The settings file: what is stored comes back in the next run, and a bad file never stops the app. */
class SettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void whatIsFlushedIsThereNextTime() throws Exception {
        Path file = dir.resolve("config/roadshow/settings.properties");
        SettingsFile settings = SettingsFile.open(file);
        assertFalse(settings.exists());
        new WindowGeometry(10, 20, 900, 700, true).write(settings);
        new RecentFiles(settings).add(dir.resolve("Zoë's trips = FOSDEM.roadshow"));
        new Settings(settings).setTheme(Theme.DARK);
        assertTrue(settings.exists());

        SettingsFile again = SettingsFile.open(file);
        assertEquals(new WindowGeometry(10, 20, 900, 700, true), WindowGeometry.read(again).orElseThrow());
        assertEquals(dir.resolve("Zoë's trips = FOSDEM.roadshow"), new RecentFiles(again).files().get(0));
        assertEquals(Theme.DARK, new Settings(again).theme());
    }

    @Test
    void nothingIsWrittenUntilSomethingChanges() throws Exception {
        Path file = dir.resolve("settings.properties");
        SettingsFile settings = SettingsFile.open(file);
        settings.flush();
        assertFalse(Files.exists(file));
        settings.put("theme", "DARK");
        settings.flush();
        byte[] written = Files.readAllBytes(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
        settings.put("theme", "DARK");
        settings.flush();
        assertEquals(0, Files.getLastModifiedTime(file).toMillis(), "the same value again is no change");
        assertArrayEquals(written, Files.readAllBytes(file));
    }

    @Test
    void anUnreadableFileMeansDefaultsAndIsReplacedByGoodSettings() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.write(file, new byte[] {'a', '=', '\\', 'u', '1'}); // a broken \\u escape
        SettingsFile settings = SettingsFile.open(file);
        assertNull(settings.get("a", null));
        assertEquals(Theme.LIGHT, new Settings(settings).theme());
        new Settings(settings).setTheme(Theme.DARK);
        assertEquals(Theme.DARK, new Settings(SettingsFile.open(file)).theme());
    }

    @Test
    void settingsKeptByAnEarlierVersionAreTakenOver() throws Exception {
        Preferences earlier = TestPrefs.fresh();
        earlier.put("theme", "DARK");
        earlier.put("recent.0", "/home/zoe/trips.roadshow");
        Path file = dir.resolve("settings.properties");
        SettingsFile settings = SettingsFile.open(file);
        settings.takeOver(earlier);
        SettingsFile again = SettingsFile.open(file);
        assertEquals("DARK", again.get("theme", null));
        assertEquals(Path.of("/home/zoe/trips.roadshow"), new RecentFiles(again).files().get(0));
    }
}
