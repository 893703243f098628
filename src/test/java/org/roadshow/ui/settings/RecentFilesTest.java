package org.roadshow.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences prefs = TestPrefs.fresh();

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostEight() {
        RecentFiles recent = new RecentFiles(prefs);
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/trips/t" + i + ".roadshow"));
        }
        recent.add(Path.of("/trips/t5.roadshow"));
        List<Path> files = recent.files();
        assertEquals(RecentFiles.MAX, files.size());
        assertEquals(Path.of("/trips/t5.roadshow"), files.get(0));
        assertEquals(Path.of("/trips/t10.roadshow"), files.get(1));
        assertEquals(Path.of("/trips/t3.roadshow"), files.get(7), "t1 and t2 fell off");
        assertEquals(files, new RecentFiles(prefs).files(), "remembered across runs");
    }

    @Test
    void removeAndClear() {
        RecentFiles recent = new RecentFiles(prefs);
        recent.add(Path.of("/a.roadshow"));
        recent.add(Path.of("/b.roadshow"));
        recent.remove(Path.of("/a.roadshow"));
        assertEquals(List.of(Path.of("/b.roadshow")), new RecentFiles(prefs).files());
        recent.clear();
        assertEquals(List.of(), new RecentFiles(prefs).files());
    }
}
