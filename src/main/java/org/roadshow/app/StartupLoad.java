package org.roadshow.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.SampleProjects;
import org.roadshow.ui.settings.Settings;

/**
 * The user's settings and the project the window opens with (the file named on the command line, else
 * the bundled sample), read on a thread of its own from the first moment of {@code main}. Reading them,
 * with Jackson's cold start, then overlaps the JavaFX toolkit start, and the window shows the project as soon as it is up.
 */
final class StartupLoad {
    private final Path file;
    private final Supplier<Settings> readSettings;
    private final CompletableFuture<LoadedProject> result = new CompletableFuture<>();
    private final CompletableFuture<Settings> settings = new CompletableFuture<>();

    private StartupLoad(Path file, Supplier<Settings> readSettings) {
        this.file = file;
        this.readSettings = readSettings;
    }

    /** Starts reading the user's settings and the first file among the programme arguments, else the sample. */
    static StartupLoad begin(List<String> files) {
        return begin(files, new Supplier<Settings>() { // not a lambda: the first one costs tens of ms to set up
            @Override
            public Settings get() {
                return Settings.user();
            }
        });
    }

    /** As {@link #begin(List)} with settings of the caller's choosing (tests keep theirs in memory). */
    static StartupLoad begin(List<String> files, Supplier<Settings> readSettings) {
        StartupLoad load = new StartupLoad(files.isEmpty() ? null : Path.of(files.get(0)), readSettings);
        Thread reader = new Thread("roadshow-startup-load") {
            @Override
            public void run() {
                load.read();
            }
        };
        reader.setDaemon(true);
        reader.start();
        return load;
    }

    private void read() {
        try { // first, as the window needs them first (its size and theme)
            settings.complete(readSettings.get());
        } catch (RuntimeException | Error e) {
            settings.completeExceptionally(e);
        }
        StartupProbe.step("settings read (reading thread)");
        try {
            result.complete(file == null ? SampleProjects.loadSample() : ProjectFile.load(file));
            StartupProbe.step("project read (reading thread)");
        } catch (Exception e) {
            result.completeExceptionally(e);
        } catch (Error e) { // e.g. a stack overflow on a pathological file: reported like any other failure
            result.completeExceptionally(new Exception(e.toString(), e));
        }
    }

    /** True when this reads what the window was asked to open (the first file, else the sample). */
    boolean isFor(List<String> files) {
        return files.isEmpty() ? file == null : Path.of(files.get(0)).equals(file);
    }

    /** The file being read; empty when it is the sample. */
    Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The user's settings, read on this thread too; read again on the caller's thread if that failed. */
    Settings settings() {
        try {
            return settings.join();
        } catch (RuntimeException e) { // what went wrong shows again, on this thread, if it is still wrong
            return readSettings.get();
        }
    }

    CompletableFuture<LoadedProject> result() {
        return result;
    }
}
