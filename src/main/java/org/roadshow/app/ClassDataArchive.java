package org.roadshow.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step (process-classes, after the jar and its libraries are in place): the class-data sharing
 * archives that let the JVM map Roadshow's classes, JavaFX's and the libraries' from a file instead of
 * loading, verifying and linking them on every start.
 *
 * <ol>
 * <li>A training run: the app from its jar on Monocle's headless platform (no display needed) with
 *     {@link StartupProbe}, which opens the window with the sample project, presses Shortcut+O and quits; the
 *     JVM lists every class it loaded ({@code -XX:DumpLoadedClassList}). Monocle's own classes are left out.</li>
 * <li>That list, plus the classes of the windowing and rendering code a desktop uses instead of Monocle's
 *     (GTK, OpenGL ES 2 on Linux), gives two archives ({@code -Xshare:dump}): {@code target/javafx-run.jsa} for
 *     the JVM of {@code mvn javafx:run}, made by the runtime that {@link RuntimeImage} links in
 *     {@code target/runtime} (JavaFX as system modules), and {@code target/roadshow.jsa} for
 *     {@code java -XX:SharedArchiveFile=target/roadshow.jsa -jar target/roadshow.jar}.</li>
 * <li>When the runtime is of JDK 24 or newer ({@link RuntimeJdk}), {@code mvn javafx:run}'s JVM gets the
 *     ahead-of-time cache of a training run on a private display instead ({@link AotCache},
 *     {@code target/javafx-run.aot}); without Xvfb, the archive above.</li>
 * <li>{@code target/javafx-run.args}, the java argument file that {@code mvn javafx:run} starts
 *     {@code target/runtime/bin/java} with (see {@link MavenRun}); it names the archive only when one was made.
 *     Where no runtime could be linked, {@code target/runtime} is the JDK, and the file puts JavaFX on the
 *     module path.</li>
 * </ol>
 * An archive the JVM cannot use (another JDK, a rebuilt jar) is ignored at start ({@code -Xshare:auto}); the
 * argument file turns off the JVM's CDS messages so that such a start is as quiet as any other.
 */
public final class ClassDataArchive {
    private static final long TRAINING_LIMIT_SECONDS = 180;
    /**
     * The modules Roadshow needs from the module path when the JDK runs it (javafx.graphics and javafx.base come
     * with it). Not ALL-MODULE-PATH: the folder also holds JavaFX's platform-neutral jars, empty automatic
     * modules that would only be resolved and read for nothing on every start.
     */
    static final String JAVAFX_MODULES = "javafx.controls";
    /**
     * A desktop app's heap is tens of megabytes: the serial collector starts sooner than G1 (no GC worker
     * threads or region tables to set up; measured about 0.14 x of the hello world's start-up here) and its
     * pauses at that size are a few milliseconds.
     */
    static final String SERIAL_GC = "-XX:+UseSerialGC";
    /**
     * Only the quick compiler (C1), as the old client VM for desktop apps. On two cores the optimising compiler
     * spent more CPU time during start-up than the start-up took, beside the FX thread: the window answers
     * about a fifth sooner without it. Computing loops run about half as fast (conflicts of 10,000 items in 22
     * instead of 11 ms); the views' layout benchmarks were no slower.
     */
    static final String CLIENT_COMPILER = "-XX:TieredStopAtLevel=1";
    /** The options of every desktop start, training included. */
    static final List<String> DESKTOP_OPTIONS = List.of(SERIAL_GC, CLIENT_COMPILER);
    /**
     * Packages whose classes a desktop start loads where the headless training run loads Monocle's: the
     * windowing toolkit of each system and the OpenGL/Direct3D pipelines. Only those present in the JavaFX jar
     * for this system are archived.
     */
    private static final List<String> DESKTOP_PACKAGES = List.of("com/sun/glass/ui/", "com/sun/glass/ui/delegate/",
            "com/sun/glass/ui/gtk/", "com/sun/glass/ui/gtk/screencast/", "com/sun/glass/ui/mac/",
            "com/sun/glass/ui/win/", "com/sun/prism/es2/", "com/sun/prism/d3d/");

    private ClassDataArchive() {
    }

    /** {@code args[0]}: the build folder holding roadshow.jar, lib/ and javafx/. Monocle is on this JVM's class path. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path jar = target.resolve("roadshow.jar");
        Path work = Files.createDirectories(target.resolve("cds"));
        RuntimeImage runtime = new RuntimeImage(target);
        runtime.make();
        boolean aot = runtime.isLinked() && runtime.feature() >= RuntimeJdk.AOT_CACHE;
        Path runCache = target.resolve("javafx-run.aot");
        Path runArchive = target.resolve("javafx-run.jsa");
        Path jarArchive = target.resolve("roadshow.jsa");
        Path stamp = work.resolve("made-by");
        String jdk = System.getProperty("java.home") + " " + System.getProperty("java.vm.version")
                + (runtime.isLinked() ? " linked " + Files.readString(runtime.folder().resolve("release")).hashCode() : "");
        Path runOutput = Files.isRegularFile(runCache) ? runCache : runArchive;
        boolean upToDate = Files.isRegularFile(runOutput) && Files.isRegularFile(jarArchive)
                && Files.isRegularFile(stamp) && Files.readString(stamp).equals(jdk)
                && newest(target, runtime) < Math.min(Files.getLastModifiedTime(runOutput).toMillis(),
                        Files.getLastModifiedTime(jarArchive).toMillis());
        if (!upToDate) {
            Files.deleteIfExists(stamp);
            Files.deleteIfExists(runCache);
            Files.deleteIfExists(runArchive);
            Files.deleteIfExists(jarArchive);
            Path classList = work.resolve("roadshow.classlist");
            if (train(jar, classList, work)) {
                addDesktopClasses(classList, target);
                boolean cached = aot && AotCache.make(runtime.java(), jar, MavenRun.class.getName(), runCache, work);
                if (!cached) {
                    dumpRunArchive(runtime, classList, runArchive, jar, work, target);
                }
                dump(Path.of(java()), classList, jarArchive, List.of(), jar, work.resolve("dump-jar.log"));
                Files.writeString(stamp, jdk);
            }
        }
        Path made = Files.isRegularFile(runCache) ? runCache : Files.isRegularFile(runArchive) ? runArchive : null;
        writeRunArguments(target, jar, made, runtime.isLinked(), runtime.isLinked() && runtime.feature() >= RuntimeJdk.AOT_CACHE);
    }

    /** The class-data archive of mvn javafx:run's JVM; a runtime that cannot even dump one is replaced by the JDK. */
    private static void dumpRunArchive(RuntimeImage runtime, Path classList, Path runArchive, Path jar, Path work,
                                       Path target) throws IOException, InterruptedException {
        List<String> modules = runtime.isLinked() ? List.of() : List.of("--module-path",
                target.resolve("javafx").toString(), "--add-modules", JAVAFX_MODULES);
        if (!dump(runtime.java(), classList, runArchive, modules, jar, work.resolve("dump-javafx-run.log"))
                && runtime.isLinked()) {
            runtime.useJdk();
            dump(runtime.java(), classList, runArchive, List.of("--module-path",
                    target.resolve("javafx").toString(), "--add-modules", JAVAFX_MODULES), jar,
                    work.resolve("dump-javafx-run.log"));
        }
    }

    /** The newest modification time of the jar, the libraries and the runtime the archives were made from. */
    private static long newest(Path target, RuntimeImage runtime) throws IOException {
        long newest = Files.getLastModifiedTime(target.resolve("roadshow.jar")).toMillis();
        if (runtime.isLinked()) {
            newest = Math.max(newest, Files.getLastModifiedTime(runtime.folder().resolve("release")).toMillis());
        }
        for (String folder : List.of("lib", "javafx")) {
            try (Stream<Path> files = Files.list(target.resolve(folder))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
                }
            }
        }
        return newest;
    }

    private static boolean train(Path jar, Path classList, Path work) throws IOException, InterruptedException {
        String monocle = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> Path.of(p).getFileName().toString().startsWith("openjfx-monocle")).findFirst().orElse(null);
        if (monocle == null) {
            System.out.println("ClassDataArchive: Monocle is not on the class path; no archive made");
            return false;
        }
        Files.deleteIfExists(classList);
        Path log = work.resolve("training.log");
        int exit = run(log, work, List.of(java(), "-XX:DumpLoadedClassList=" + classList,
                "-Droadshow.startupProbe=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true",
                "-Djava.util.prefs.userRoot=" + work.resolve("prefs"), // the user's settings and log stay untouched
                "-cp", jar + File.pathSeparator + monocle, Launcher.class.getName()));
        if (exit != 0 || !Files.readString(log).contains(StartupProbe.PROJECT_SHOWN_MARK) || !Files.isRegularFile(classList)) {
            System.out.println("ClassDataArchive: the training run failed (see " + log + "); no archive made");
            return false;
        }
        List<String> kept = Files.readAllLines(classList).stream()
                .filter(line -> !line.contains("com/sun/glass/ui/monocle")).toList();
        Files.write(classList, kept);
        return true;
    }

    /** Adds the classes of {@link #DESKTOP_PACKAGES} in this system's JavaFX graphics jar to the list. */
    private static void addDesktopClasses(Path classList, Path target) throws IOException {
        Set<String> listed = new LinkedHashSet<>(Files.readAllLines(classList));
        try (Stream<Path> jars = Files.list(target.resolve("javafx"))) {
            for (Path jar : (Iterable<Path>) jars.filter(j -> j.getFileName().toString().startsWith("javafx-graphics"))::iterator) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class") && !n.contains("$$"))
                            .filter(n -> DESKTOP_PACKAGES.contains(n.substring(0, n.lastIndexOf('/') + 1)))
                            .map(n -> n.substring(0, n.length() - ".class".length()))
                            .filter(n -> listed.stream().noneMatch(l -> l.equals(n) || l.startsWith(n + " ")))
                            .forEach(listed::add);
                }
            }
        }
        Files.write(classList, listed);
    }

    /** Dumps the archive with {@code java}; false (and no archive) when that fails. */
    private static boolean dump(Path java, Path classList, Path archive, List<String> modules, Path jar, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive));
        cmd.addAll(modules);
        cmd.addAll(List.of("-cp", jar.toString()));
        if (run(log, null, cmd) != 0) {
            Files.deleteIfExists(archive);
            System.out.println("ClassDataArchive: " + archive.getFileName() + " was not made (see " + log + ")");
            return false;
        }
        return true;
    }

    /**
     * One argument a line, quoted as java's argument files read them. On a linked runtime JavaFX is part of the
     * runtime; on the JDK it comes from the module path.
     */
    static void writeRunArguments(Path target, Path jar, Path archive, boolean linked, boolean jdk24)
            throws IOException {
        List<String> args = new ArrayList<>();
        if (archive != null && archive.getFileName().toString().endsWith(".aot")) {
            // a cache the JVM cannot use (a rebuilt jar, say) is skipped, as -Xshare:auto does for an archive
            args.addAll(List.of("-XX:AOTCache=" + archive, "-Xlog:aot=off"));
        } else {
            if (archive != null) {
                args.add("-XX:SharedArchiveFile=" + archive);
            }
            args.add("-Xshare:auto");
        }
        args.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:class+path=off"));
        if (jdk24) {
            args.addAll(AotCache.runtimeOptions());
        } else {
            args.addAll(DESKTOP_OPTIONS);
        }
        if (!linked) {
            args.addAll(List.of("--module-path", target.resolve("javafx").toString(), "--add-modules", JAVAFX_MODULES));
        }
        args.addAll(List.of("-cp", jar.toString(), MavenRun.class.getName()));
        List<String> lines = args.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList();
        Files.write(target.resolve("javafx-run.args"), lines, StandardCharsets.UTF_8);
    }

    /** Runs {@code cmd} with its output in {@code log}; with {@code stateHome}, the app's log goes there (AppLog). */
    static int run(Path log, Path stateHome, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (stateHome != null) {
            builder.environment().put("XDG_STATE_HOME", stateHome.toString());
        }
        Process p = builder.start();
        if (!p.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return -1;
        }
        return p.exitValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
