package org.roadshow.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JDK that {@link RuntimeImage} links {@code mvn javafx:run}'s runtime from. By default the newest JDK
 * installed beside the one running the build (its sibling folders, such as {@code /usr/lib/jvm/*}) when that one
 * is 24 or newer: from 24 on, a training run gives an ahead-of-time cache (JEP 483) that starts the window
 * markedly faster than JDK 17's class-data archive. Otherwise the build's own JDK. The build property
 * {@code -Droadshow.runtime.jdk=PATH} names a JDK; {@code -Droadshow.runtime.jdk=build} keeps the build's.
 * Roadshow's classes are compiled for Java 17, so a newer runtime runs them as they are.
 */
record RuntimeJdk(Path home, int feature, String version) {
    static final String PROPERTY = "roadshow.runtime.jdk";
    /** The first release with the ahead-of-time cache ({@code -XX:AOTMode=record/create}). */
    static final int AOT_CACHE = 24;

    /** The JDK that runs the build. */
    static RuntimeJdk build() {
        Path home = Path.of(System.getProperty("java.home"));
        return new RuntimeJdk(home, Runtime.version().feature(), System.getProperty("java.vm.version"));
    }

    /** The JDK the build property names, else the newest with an ahead-of-time cache beside the build's, else the build's. */
    static RuntimeJdk choose() {
        String wanted = System.getProperty(PROPERTY, "").strip();
        if (wanted.equals("build")) {
            return build();
        }
        if (!wanted.isEmpty()) {
            Optional<RuntimeJdk> named = at(Path.of(wanted));
            if (named.isEmpty()) {
                System.out.println("RuntimeImage: " + wanted + " (" + PROPERTY + ") is not a JDK with jlink; using "
                        + build().home());
            }
            return named.orElseGet(RuntimeJdk::build);
        }
        return beside(build().home()).stream().filter(RuntimeJdk::hasAotCache)
                .max(Comparator.comparingInt(RuntimeJdk::feature)).orElseGet(RuntimeJdk::build);
    }

    /** The JDKs in the folders beside {@code home}. */
    static List<RuntimeJdk> beside(Path home) {
        List<RuntimeJdk> found = new ArrayList<>();
        Path parent = home.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return found;
        }
        try (Stream<Path> folders = Files.list(parent)) {
            folders.sorted().forEach(f -> at(f).ifPresent(found::add));
        } catch (IOException e) {
            System.out.println("RuntimeImage: cannot list " + parent + " (" + e.getMessage() + ")");
        }
        return found;
    }

    /** The JDK in {@code home}, if it has jlink and a {@code release} file that says its version. */
    static Optional<RuntimeJdk> at(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(home.resolve("bin").resolve(exe("jlink"))) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "").strip();
                    return Optional.of(new RuntimeJdk(home.toRealPath(), featureOf(version), version));
                }
            }
        } catch (IOException | NumberFormatException e) {
            System.out.println("RuntimeImage: cannot read " + release + " (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** "25.0.3" → 25, "1.8.0_402" → 8. */
    static int featureOf(String version) {
        String[] parts = version.split("[.+_-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    boolean hasAotCache() {
        return feature >= AOT_CACHE;
    }

    boolean isBuildJdk() {
        try {
            return home.toRealPath().equals(build().home().toRealPath());
        } catch (IOException e) {
            return home.equals(build().home());
        }
    }

    Path tool(String name) {
        return home.resolve("bin").resolve(exe(name));
    }

    private static String exe(String name) {
        return System.getProperty("os.name", "").startsWith("Windows") ? name + ".exe" : name;
    }
}
