package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.settings.TestPrefs;

/** What is read while the toolkit starts: the settings, then the file named on the command line or the sample. */
class StartupLoadTest {
    @TempDir
    Path dir;
    private final Preferences prefs = TestPrefs.fresh();
    private final Settings settings = new Settings(prefs);

    @Test
    void withoutAFileItReadsTheSample() throws Exception {
        StartupLoad load = StartupLoad.begin(List.of(), () -> settings);
        assertEquals(Optional.empty(), load.file());
        assertEquals(SampleProjectBuilder.build(), load.result().get(30, TimeUnit.SECONDS).project());
        assertSame(settings, load.settings());
        assertTrue(load.isFor(List.of()));
        assertFalse(load.isFor(List.of("other.roadshow")));
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadInstead() throws Exception {
        Path file = dir.resolve("trips.roadshow");
        Files.copy(Path.of("assets/samples/roadshow-sample.roadshow"), file);
        StartupLoad load = StartupLoad.begin(List.of(file.toString()), () -> settings);
        assertEquals(Optional.of(file), load.file());
        assertTrue(load.isFor(List.of(file.toString())));
        assertFalse(load.isFor(List.of()));
        assertFalse(load.result().get(30, TimeUnit.SECONDS).readOnly());
    }

    @Test
    void aBrokenFileFailsWithItsNameAndLine() throws Exception {
        Path file = dir.resolve("broken.roadshow");
        Files.writeString(file, "{\n  \"formatVersion\": 1,\n  \"trips\": [ {\"id\": 5} ]\n}\n");
        StartupLoad load = StartupLoad.begin(List.of(file.toString()), () -> settings);
        ExecutionException e = assertThrows(ExecutionException.class, () -> load.result().get(30, TimeUnit.SECONDS));
        ProjectFileException problem = assertInstanceOf(ProjectFileException.class, e.getCause());
        assertTrue(problem.getMessage().contains("broken.roadshow, line 3"), problem.getMessage());
    }

    @Test
    void settingsThatFailToLoadAreReadAgainWhenTheWindowAsks() {
        int[] calls = {0};
        StartupLoad load = StartupLoad.begin(List.of(), () -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("preferences locked");
            }
            return settings;
        });
        assertSame(settings, load.settings());
        assertEquals(2, calls[0]);
    }

    @Test
    void theLauncherReadsWhatJavaFxCallsUnnamedArguments() {
        assertEquals(List.of("trips.roadshow", "--verbose", "--1=x"),
                Launcher.files(new String[] {"--theme=dark", "trips.roadshow", "--verbose", "--1=x"}));
        assertEquals(List.of(), Launcher.files(new String[0]));
    }
}
