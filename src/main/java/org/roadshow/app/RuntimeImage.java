package org.roadshow.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step, called by {@link ClassDataArchive}: {@code target/runtime}, a Java runtime linked by jlink
 * from a JDK's modules ({@link RuntimeJdk}: the newest 24+ beside the build's, else the build's) and JavaFX's, which {@code mvn javafx:run} starts (pom.xml's {@code executable}) and
 * which a native installer can bundle.
 *
 * <p>Why: with JavaFX on the module path, JDK 17 cannot use its archived module graph and resolves every
 * module on each start; with JavaFX linked in as system modules it can, and JavaFX finds its native libraries
 * in the runtime's {@code lib} folder instead of extracting them from its jars. The runtime gets the default
 * class-data sharing archive of its own modules ({@code --generate-cds-archive}).
 *
 * <p>JavaFX's jars from Maven Central are modular jars with their native libraries inside; each is turned into
 * a {@code jmod} whose libraries jlink places in {@code lib}. Linking runs again only when the JDK, the
 * module list or a JavaFX jar changed (the stamp file in {@code target/cds}). When the runtime cannot be made
 * (a JDK without jmods, say), {@code target/runtime} becomes a link to the JDK that runs the build, so that
 * {@code mvn javafx:run} still starts, as before, with JavaFX on the module path.
 */
final class RuntimeImage {
    /**
     * The modules Roadshow and its libraries use, as {@code jdeps --print-module-deps} lists them for the jar and
     * target/lib (Jackson reads java.sql's date types and java.beans annotations; JavaFX itself needs
     * java.desktop and jdk.unsupported), and java.logging for the log file.
     */
    static final List<String> MODULES = List.of("java.base", "java.desktop", "java.logging", "java.prefs", "java.sql",
            "jdk.unsupported", "javafx.controls");

    private final Path target;
    private final Path runtime;
    private final Path work;
    private final RuntimeJdk jdk;

    RuntimeImage(Path target) {
        this(target, RuntimeJdk.choose());
    }

    RuntimeImage(Path target, RuntimeJdk jdk) {
        this.target = target;
        this.runtime = target.resolve("runtime");
        this.work = target.resolve("cds");
        this.jdk = jdk;
    }

    /** The feature release of the runtime in {@link #folder()}: the linked one's, else the build JDK's. */
    int feature() throws IOException {
        if (isLinked()) {
            for (String line : Files.readAllLines(runtime.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return RuntimeJdk.featureOf(line.substring("JAVA_VERSION=".length()).replace("\"", "").strip());
                }
            }
        }
        return Runtime.version().feature();
    }

    /** The runtime's folder: linked, else the JDK. */
    Path folder() {
        return runtime;
    }

    /** The java launcher of {@link #folder()}. */
    Path java() {
        return runtime.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
    }

    /** True when {@link #folder()} holds a linked runtime, false when it stands for the JDK. */
    boolean isLinked() {
        return Files.isRegularFile(runtime.resolve("release")) && !Files.isSymbolicLink(runtime);
    }

    /** Links the runtime unless the one there was linked from the same JDK and jars; else links the JDK. */
    void make() throws IOException {
        Files.createDirectories(work);
        Path stamp = work.resolve("runtime-made-by");
        String wanted = description();
        if (isLinked() && Files.isRegularFile(java()) && Files.isRegularFile(stamp)
                && Files.readString(stamp).equals(wanted)) {
            return;
        }
        Files.deleteIfExists(stamp);
        deleteTree(runtime);
        Path log = work.resolve("jlink.log");
        try {
            link(jdk, log);
            Files.writeString(stamp, wanted);
            System.out.println("RuntimeImage: linked " + runtime + " from " + jdk.home() + " (" + jdk.version() + ")");
        } catch (IOException | RuntimeException e) {
            if (!jdk.isBuildJdk()) {
                System.out.println("RuntimeImage: cannot link from " + jdk.home() + " (" + e.getMessage() + ", see "
                        + log + "); trying the build's JDK");
                new RuntimeImage(target, RuntimeJdk.build()).make();
                return;
            }
            System.out.println("RuntimeImage: no runtime linked (" + e.getMessage() + ", see " + log
                    + "); mvn javafx:run uses the JDK");
            deleteTree(runtime);
            useJdk();
        }
    }

    /** Deletes a runtime left behind, or the link to the JDK, so that a failed training run can fall back. */
    void useJdk() throws IOException {
        deleteTree(runtime);
        try {
            Files.createSymbolicLink(runtime, Path.of(System.getProperty("java.home")));
        } catch (IOException | UnsupportedOperationException e) {
            System.out.println("RuntimeImage: cannot link " + runtime + " to the JDK (" + e + ")");
        }
    }

    /**
     * Links with {@code from}'s jlink: in this JVM for the build's JDK (which needs its jmods folder), else as a
     * process (a JDK 24+ without jmods links from its own run-time image, JEP 493). JavaFX's jmods are made by
     * the build's jmod tool; their format is the same across these releases.
     */
    private void link(RuntimeJdk from, Path log) throws IOException {
        Path jdkModules = from.home().resolve("jmods");
        if (from.isBuildJdk() && !Files.isDirectory(jdkModules)) {
            throw new IOException("this JDK has no jmods folder: " + jdkModules);
        }
        Path fxModules = work.resolve("jmods");
        deleteTree(fxModules);
        Files.createDirectories(fxModules);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            for (Path jar : javafxJars()) {
                jmod(jar, fxModules, print);
            }
            String modulePath = Files.isDirectory(jdkModules)
                    ? jdkModules + java.io.File.pathSeparator + fxModules : fxModules.toString();
            List<String> args = List.of("--module-path", modulePath, "--add-modules", String.join(",", MODULES),
                    "--no-header-files", "--no-man-pages", "--generate-cds-archive", "--output", runtime.toString());
            int exit = from.isBuildJdk() ? tool("jlink").run(print, print, args.toArray(String[]::new))
                    : jlinkProcess(from, args, print);
            if (exit != 0) {
                throw new IOException("jlink exited with " + exit);
            }
        } finally {
            Files.write(log, out.toByteArray());
        }
    }

    private static int jlinkProcess(RuntimeJdk from, List<String> args, PrintStream log) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(from.tool("jlink").toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(log);
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while linking", e);
        }
    }

    /**
     * A jmod of one JavaFX jar: its classes and resources, with the native libraries (at the jar's root) as the
     * jmod's libraries. Maven Central's jars without a platform classifier are empty and are skipped.
     */
    private void jmod(Path jar, Path into, PrintStream log) throws IOException {
        String name = jar.getFileName().toString();
        Path dir = work.resolve("jmod-" + name);
        deleteTree(dir);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path libs = Files.createDirectories(dir.resolve("libs"));
        String module = null;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().map(ZipEntry.class::cast).toList()) {
                String entry = e.getName();
                if (e.isDirectory() || entry.startsWith("META-INF/") || entry.endsWith(".jar")) {
                    continue; // the manifest, GraalVM's native-image settings, the SWT bridge jar
                }
                boolean library = !entry.contains("/") && (entry.endsWith(".so") || entry.endsWith(".dll")
                        || entry.endsWith(".dylib"));
                Path to = (library ? libs : classes).resolve(entry).normalize();
                if (!to.startsWith(dir)) {
                    throw new IOException(name + ": entry outside its folder: " + entry);
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
                if (entry.equals("module-info.class")) {
                    module = name.replaceFirst("-[0-9].*", "").replace('-', '.');
                }
            }
        }
        int exit = module == null ? 0 : tool("jmod").run(log, log, "create", "--class-path", classes.toString(),
                "--libs", libs.toString(), into.resolve(module + ".jmod").toString());
        deleteTree(dir);
        if (exit != 0) {
            throw new IOException("jmod exited with " + exit + " for " + name);
        }
    }

    /** The JavaFX jars the build copied (pom.xml's copy-javafx), by name. */
    private List<Path> javafxJars() throws IOException {
        try (Stream<Path> files = Files.list(target.resolve("javafx"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** What the runtime is made from: the JDK, the module list and each JavaFX jar's name, size and time. */
    private String description() throws IOException {
        List<String> lines = new ArrayList<>(List.of(jdk.home() + " " + jdk.version(), String.join(",", MODULES)));
        for (Path jar : javafxJars()) {
            lines.add(jar.getFileName() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis());
        }
        return String.join("\n", lines);
    }

    private static ToolProvider tool(String name) throws IOException {
        return ToolProvider.findFirst(name).orElseThrow(() -> new IOException("this JDK has no " + name));
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.isSymbolicLink(path) || Files.isRegularFile(path)) {
            Files.delete(path);
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
