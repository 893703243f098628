package org.roadshow.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Build step (process-classes, after the jar and its libraries are in place): the class-data sharing
 * archives that let the JVM map Roadshow's classes, JavaFX's and the libraries' from a file instead of
 * loading, verifying and linking them on every start.
 *
 * <ol>
 * <li>A training run: the app from its jar on Monocle's headless platform (no display needed) with
 *     {@link StartupProbe}, which opens the window with the sample project, presses Shortcut+O and quits; the
 *     JVM lists every class it loaded ({@code -XX:DumpLoadedClassList}). Monocle's own classes are left out.</li>
 * <li>Two archives made from that list ({@code -Xshare:dump}): {@code target/javafx-run.jsa} for the JVM of
 *     {@code mvn javafx:run} (JavaFX on the module path) and {@code target/roadshow.jsa} for
 *     {@code java -XX:SharedArchiveFile=target/roadshow.jsa -jar target/roadshow.jar}.</li>
 * <li>{@code target/javafx-run.args}, the java argument file that {@code mvn javafx:run} starts with (see
 *     {@link MavenRun}); it names the archive only when one was made.</li>
 * </ol>
 * An archive the JVM cannot use (another JDK, a rebuilt jar) is ignored at start ({@code -Xshare:auto}); the
 * argument file turns off the JVM's CDS messages so that such a start is as quiet as any other.
 */
public final class ClassDataArchive {
    private static final long TRAINING_LIMIT_SECONDS = 180;
    /**
     * The modules Roadshow needs (javafx.graphics and javafx.base come with it). Not ALL-MODULE-PATH: the
     * folder also holds JavaFX's platform-neutral jars, empty automatic modules that would only be resolved
     * and read for nothing on every start.
     */
    static final String JAVAFX_MODULES = "javafx.controls";

    private ClassDataArchive() {
    }

    /** {@code args[0]}: the build folder holding roadshow.jar, lib/ and javafx/. Monocle is on this JVM's class path. */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path jar = target.resolve("roadshow.jar");
        Path work = Files.createDirectories(target.resolve("cds"));
        Path runArchive = target.resolve("javafx-run.jsa");
        Path jarArchive = target.resolve("roadshow.jsa");
        Path stamp = work.resolve("made-by");
        String jdk = System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
        boolean upToDate = Files.isRegularFile(runArchive) && Files.isRegularFile(jarArchive)
                && Files.isRegularFile(stamp) && Files.readString(stamp).equals(jdk)
                && newest(target) < Math.min(Files.getLastModifiedTime(runArchive).toMillis(),
                        Files.getLastModifiedTime(jarArchive).toMillis());
        if (!upToDate) {
            Files.deleteIfExists(stamp);
            Files.deleteIfExists(runArchive);
            Files.deleteIfExists(jarArchive);
            Path classList = work.resolve("roadshow.classlist");
            if (train(jar, classList, work)) {
                List<String> runTime = List.of("--module-path", target.resolve("javafx").toString(),
                        "--add-modules", JAVAFX_MODULES);
                dump(classList, runArchive, runTime, jar, work.resolve("dump-javafx-run.log"));
                dump(classList, jarArchive, List.of(), jar, work.resolve("dump-jar.log"));
                Files.writeString(stamp, jdk);
            }
        }
        writeRunArguments(target, jar, Files.isRegularFile(runArchive) ? runArchive : null);
    }

    /** The newest modification time of the jar and the libraries the archives were made from. */
    private static long newest(Path target) throws IOException {
        long newest = Files.getLastModifiedTime(target.resolve("roadshow.jar")).toMillis();
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
        if (exit != 0 || !Files.readString(log).contains(StartupProbe.ANSWERED_MARK) || !Files.isRegularFile(classList)) {
            System.out.println("ClassDataArchive: the training run failed (see " + log + "); no archive made");
            return false;
        }
        List<String> kept = Files.readAllLines(classList).stream()
                .filter(line -> !line.contains("com/sun/glass/ui/monocle")).toList();
        Files.write(classList, kept);
        return true;
    }

    private static void dump(Path classList, Path archive, List<String> modules, Path jar, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive));
        cmd.addAll(modules);
        cmd.addAll(List.of("-cp", jar.toString()));
        if (run(log, null, cmd) != 0) {
            Files.deleteIfExists(archive);
            System.out.println("ClassDataArchive: " + archive.getFileName() + " was not made (see " + log + ")");
        }
    }

    /** One argument a line, quoted as java's argument files read them. */
    static void writeRunArguments(Path target, Path jar, Path archive) throws IOException {
        List<String> args = new ArrayList<>();
        if (archive != null) {
            args.add("-XX:SharedArchiveFile=" + archive);
        }
        args.addAll(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:class+path=off",
                "--module-path", target.resolve("javafx").toString(), "--add-modules", JAVAFX_MODULES,
                "-cp", jar.toString(), MavenRun.class.getName()));
        List<String> lines = args.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList();
        Files.write(target.resolve("javafx-run.args"), lines, StandardCharsets.UTF_8);
    }

    /** Runs {@code cmd} with its output in {@code log}; with {@code stateHome}, the app's log goes there (AppLog). */
    private static int run(Path log, Path stateHome, List<String> cmd) throws IOException, InterruptedException {
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
