package org.roadshow.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Build step for a runtime of JDK 24 or newer ({@link ClassDataArchive}): the ahead-of-time cache (JEP 483) of
 * {@code mvn javafx:run}'s JVM. Beyond what a class-data archive holds, it keeps Roadshow's, JavaFX's and the
 * JDK's classes loaded and linked and their lambdas resolved, as a training run left them.
 *
 * <p>The training run is the app itself, started as {@code mvn javafx:run} starts it (the same runtime, options
 * and class path, which the JVM checks when it maps the cache) with {@link StartupProbe}: it opens the window
 * on the sample, answers Shortcut+O and quits. A cache holds the classes of the windowing toolkit that ran,
 * so the training needs a real display server: a private, invisible Xvfb ({@code xvfb-run}). Without one the
 * caller falls back to the class-data archive.
 */
final class AotCache {
    private AotCache() {
    }

    /** Options every start on a JDK 24+ runtime needs, training included (the cache checks they match). */
    static List<String> runtimeOptions() {
        // JavaFX 21 loads its native libraries and uses sun.misc.Unsafe's memory access, which JDK 24+ warns
        // about on every start: both are JavaFX's own, allowed for it alone
        List<String> options = new ArrayList<>(ClassDataArchive.DESKTOP_OPTIONS);
        options.addAll(List.of("--enable-native-access=javafx.graphics", "--sun-misc-unsafe-memory-access=allow"));
        return List.copyOf(options);
    }

    /**
     * Trains and writes {@code cache} for {@code java} starting {@code mainClass} from {@code jar}; false (and no
     * cache) when there is no Xvfb to train under or a step fails.
     */
    static boolean make(Path java, Path jar, String mainClass, Path cache, Path work)
            throws IOException, InterruptedException {
        Files.deleteIfExists(cache);
        Optional<Path> xvfb = onPath("xvfb-run");
        if (xvfb.isEmpty()) {
            System.out.println("ClassDataArchive: no xvfb-run for the training run of the AOT cache;"
                    + " making a class-data archive instead");
            return false;
        }
        Path config = work.resolve("javafx-run.aotconf");
        Files.deleteIfExists(config);
        List<String> record = new ArrayList<>(List.of(xvfb.get().toString(), "-a", java.toString(),
                "-XX:AOTMode=record", "-XX:AOTConfiguration=" + config));
        record.addAll(runtimeOptions());
        record.addAll(List.of("-Droadshow.startupProbe=true",
                "-Djava.util.prefs.userRoot=" + work.resolve("prefs"), // the user's settings and log stay untouched
                "-cp", jar.toString(), mainClass));
        Path log = work.resolve("aot-training.log");
        int exit = ClassDataArchive.run(log, work, record);
        if (exit != 0 || !Files.readString(log).contains(StartupProbe.PROJECT_SHOWN_MARK) || !Files.isRegularFile(config)) {
            System.out.println("ClassDataArchive: the AOT training run failed (see " + log + ")");
            return false;
        }
        List<String> create = new ArrayList<>(List.of(java.toString(), "-XX:AOTMode=create",
                "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + cache));
        create.addAll(runtimeOptions());
        create.addAll(List.of("-cp", jar.toString(), mainClass));
        Path createLog = work.resolve("aot-create.log");
        if (ClassDataArchive.run(createLog, null, create) != 0 || !Files.isRegularFile(cache)) {
            Files.deleteIfExists(cache);
            System.out.println("ClassDataArchive: the AOT cache was not made (see " + createLog + ")");
            return false;
        }
        Files.deleteIfExists(config);
        return true;
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, command))
                .filter(Files::isExecutable).findFirst();
    }
}
