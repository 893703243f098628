package org.roadshow.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from launching a JVM until its window answers input: the window shows its content, the program
 * presses Shortcut+O on it, and the mark is printed by the accelerator's handler (Roadshow's File › Open,
 * where the file chooser would open: {@code org.roadshow.app.StartupProbe}). Each way of starting Roadshow
 * is timed against the same baseline, a JavaFX hello world with the same accelerator ({@link HelloFx}) started
 * with a plain {@code java -cp} of the JDK (JavaFX's jars on the class path), alternating, in the same run:
 * <ul>
 * <li>the JVM that {@code mvn -q javafx:run} starts: {@code target/runtime/bin/java} (the runtime the build
 *     links with JavaFX) with its argument file {@code target/javafx-run.args} (archive, the jar);</li>
 * <li>{@code java -jar target/roadshow.jar}, without and with {@code -XX:SharedArchiveFile=target/roadshow.jsa};</li>
 * <li>where {@code packaging/build-installer.sh} has run: the launcher of its app-image
 *     ({@code target/installer/image/Roadshow/bin/Roadshow}), and the installed package's {@code /usr/bin/roadshow}
 *     (or those of {@code -Dbench.launchers=PATH,PATH}); a native launcher takes no JVM options, so the probe's go in
 *     {@code JAVA_TOOL_OPTIONS}.</li>
 * </ul>
 * For comparison it also times the hello world on {@code target/runtime} (with that runtime's own archive), and
 * prints the javafx:run figure against it too.
 * Needs a display (run under {@code xvfb-run -a}) and a build ({@code mvn package}).
 */
public final class StartupBench {
    /** Printed by both programmes when their window has been laid out with its content. */
    public static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";
    /** Printed by both programmes when Shortcut+O's handler runs. */
    public static final String ANSWERED_MARK = "ROADSHOW-BENCH-INPUT-ANSWERED";
    /** Printed by Roadshow when the sidebar's rows and the form, built after the first frame, are laid out. */
    public static final String PROJECT_SHOWN_MARK = "ROADSHOW-BENCH-PROJECT-SHOWN";
    private static final Path TARGET = Path.of("target");

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 7);
    }

    /**
     * One way of starting a programme: its java launcher (or the native launcher of a package, which takes JVM
     * options from JAVA_TOOL_OPTIONS only), its command line and the times it took.
     */
    private record Start(String name, Path java, List<String> command, boolean nativeLauncher, List<long[]> times) {
        Start(String name, Path java, List<String> command) {
            this(name, java, command, false, new ArrayList<>());
        }

        static Start nativeLauncher(String name, Path launcher) {
            return new Start(name, launcher, List.of(), true, new ArrayList<>());
        }

        long median(int mark) {
            List<Long> sorted = new ArrayList<>(times.stream().map(t -> t[mark]).toList());
            Collections.sort(sorted);
            return sorted.get(sorted.size() / 2);
        }
    }

    public static void run(int rounds) throws Exception {
        Path runArgs = TARGET.resolve("javafx-run.args");
        Path jar = TARGET.resolve("roadshow.jar");
        Path runtime = TARGET.resolve("runtime").resolve("bin").resolve("java");
        if (!Files.isRegularFile(runArgs) || !Files.isRegularFile(jar) || !Files.isRegularFile(runtime)) {
            throw new IllegalStateException("build first: mvn package (makes " + runArgs + ", " + jar + " and " + runtime + ")");
        }
        Path jdk = Path.of(System.getProperty("java.home"), "bin", "java");
        String hello = HelloFx.Main.class.getName();
        String helloClasses = Path.of(HelloFx.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> runOptions = Files.readAllLines(runArgs).stream().map(StartupBench::unquote).toList();
        Start mvnRun = new Start("mvn -q javafx:run's JVM (target/runtime)", runtime.toAbsolutePath(),
                List.of("@" + runArgs.toAbsolutePath()));
        Start plainHello = new Start("hello world, plain java -cp", jdk,
                List.of("-cp", helloClasses + File.pathSeparator + javafxJars(), hello));
        Start runtimeHello = new Start("hello world on target/runtime", runtime.toAbsolutePath(),
                List.of("-Xshare:auto", "-cp", helloClasses, hello));
        Start jarRun = new Start("java -jar target/roadshow.jar", jdk, List.of("-jar", jar.toString()));
        Path jarArchive = TARGET.resolve("roadshow.jsa");
        Start jarCds = new Start("the same with -XX:SharedArchiveFile=target/roadshow.jsa", jdk,
                List.of("-XX:SharedArchiveFile=" + jarArchive, "-Xshare:auto", "-jar", jar.toString()));
        List<Start> all = new ArrayList<>(List.of(plainHello, mvnRun, runtimeHello, jarRun, jarCds));
        List<Start> launchers = nativeLaunchers();
        all.addAll(launchers);
        for (Start s : all) {
            launch(s); // warms the OS file cache
        }
        for (int i = 0; i < rounds; i++) {
            for (Start s : all) {
                s.times().add(launch(s));
            }
        }
        System.out.printf("start-up until the window answers Shortcut+O (medians of %d alternating runs; in brackets:"
                + " window laid out, then sidebar rows and form laid out)%n", rounds);
        System.out.printf("  baseline: %s %5d ms [%4d]%n", plainHello.name(), plainHello.median(1), plainHello.median(0));
        print(mvnRun, plainHello, 1.2);
        print(jarRun, plainHello, 0);
        print(jarCds, plainHello, 0);
        for (Start s : launchers) {
            print(s, plainHello, 1.0);
        }
        System.out.printf("  for comparison, %s %d ms [%d]: javafx:run's JVM is %.2f x that%n", runtimeHello.name(),
                runtimeHello.median(1), runtimeHello.median(0), (double) mvnRun.median(1) / runtimeHello.median(1));
        System.out.printf("  classes mapped from an archive: javafx:run's JVM %s; java -jar with its archive %s%n",
                shared(mvnRun), shared(jarCds));
        for (Start s : launchers) {
            System.out.printf("  classes mapped from an archive: %s %s%n", s.name(), shared(s));
        }
        if (launchers.isEmpty()) {
            System.out.println("  (no app-image or installed launcher: run packaging/build-installer.sh, install the .deb)");
        }
        System.out.printf("  javafx:run's JVM: %s %s%n", runtime, String.join(" ", runOptions));
        System.out.printf("  the baseline: java %s%n", String.join(" ", plainHello.command()));
    }

    /** The app-image's launcher and the installed one, where they exist. */
    private static List<Start> nativeLaunchers() {
        List<Start> found = new ArrayList<>();
        Path image = TARGET.resolve("installer/image/Roadshow/bin/Roadshow");
        if (Files.isExecutable(image)) {
            found.add(Start.nativeLauncher("app-image, " + image, image.toAbsolutePath()));
        }
        for (String launcher : System.getProperty("bench.launchers", "/usr/bin/roadshow").split(",")) {
            Path installed = Path.of(launcher.strip());
            if (!launcher.isBlank() && Files.isExecutable(installed)) {
                found.add(Start.nativeLauncher(installed.toString(), installed));
            }
        }
        return found;
    }

    /** JavaFX's jars as the build copied them (target/javafx), for the hello world's class path. */
    private static String javafxJars() throws IOException {
        try (var jars = Files.list(TARGET.resolve("javafx"))) {
            return jars.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted()
                    .map(j -> j.toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(File.pathSeparator));
        }
    }

    private static void print(Start start, Start hello, double goal) {
        long a = start.median(1);
        long h = hello.median(1);
        System.out.printf("  %-58s %5d ms [%4d, %4d]  ratio %.2f%s%n", start.name(), a, start.median(0), start.median(2),
                (double) a / h, goal > 0 ? String.format(" (goal <= %.2f)", goal) : "");
    }

    /** "N of M": how many of the classes the start loaded came from a shared archive. */
    private static String shared(Start start) throws IOException, InterruptedException {
        List<String> out = new ArrayList<>();
        run(start, List.of("-Xlog:class+load=info"), out::add);
        long loaded = out.stream().filter(l -> l.contains("[class,load]")).count();
        long mapped = out.stream().filter(l -> l.contains("[class,load]") && l.contains("shared objects file")).count();
        return mapped + " of " + loaded;
    }

    /** Milliseconds from launch to the window laid out, to Shortcut+O answered and to the project shown (-1: none). */
    private static long[] launch(Start program) throws IOException, InterruptedException {
        long[] marks = {-1, -1, -1};
        long start = System.nanoTime();
        run(program, List.of(), line -> {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (line.contains(SHOWN_MARK) && marks[0] < 0) {
                marks[0] = ms;
            } else if (line.contains(ANSWERED_MARK) && marks[1] < 0) {
                marks[1] = ms;
            } else if (line.contains(PROJECT_SHOWN_MARK) && marks[2] < 0) {
                marks[2] = ms;
            }
        });
        if (marks[1] < 0) {
            throw new IllegalStateException("no answer to Shortcut+O from: " + program.java() + " "
                    + String.join(" ", program.command()));
        }
        return marks;
    }

    /**
     * Runs the program with the probe on, {@code jvmOptions} and the settings and log in folders of their own; hands
     * each line it prints on.
     */
    private static void run(Start program, List<String> jvmOptions, java.util.function.Consumer<String> lines)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-Droadshow.startupProbe=true",
                "-Djava.util.prefs.userRoot=" + TARGET.resolve("bench-prefs").toAbsolutePath()));
        options.addAll(jvmOptions);
        List<String> cmd = new ArrayList<>();
        cmd.add(program.java().toString());
        if (!program.nativeLauncher()) {
            cmd.addAll(options);
        }
        cmd.addAll(program.command());
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (program.nativeLauncher()) {
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", options));
        }
        builder.environment().put("XDG_STATE_HOME", TARGET.resolve("bench-state").toAbsolutePath().toString());
        Process p = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.accept(line);
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static String unquote(String line) {
        String s = line.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }
}
