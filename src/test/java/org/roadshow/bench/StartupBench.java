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
 * is timed beside a JavaFX hello world with the same accelerator ({@link HelloFx}) started the same way,
 * alternating, in the same run:
 * <ul>
 * <li>the JVM that {@code mvn -q javafx:run} starts: its argument file {@code target/javafx-run.args}
 *     (archive, JavaFX on the module path, the jar); the hello world with the same file minus the archive;</li>
 * <li>{@code java -jar target/roadshow.jar}, without and with {@code -XX:SharedArchiveFile=target/roadshow.jsa};
 *     the hello world on the same class path.</li>
 * </ul>
 * Needs a display (run under {@code xvfb-run -a}) and a build ({@code mvn package}).
 */
public final class StartupBench {
    /** Printed by both programmes when their window has been laid out with its content. */
    public static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";
    /** Printed by both programmes when Shortcut+O's handler runs. */
    public static final String ANSWERED_MARK = "ROADSHOW-BENCH-INPUT-ANSWERED";
    private static final Path TARGET = Path.of("target");

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 7);
    }

    /** One way of starting a programme: its command line and the times it took. */
    private record Start(String name, List<String> command, List<long[]> times) {
        Start(String name, List<String> command) {
            this(name, command, new ArrayList<>());
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
        if (!Files.isRegularFile(runArgs) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("build first: mvn package (makes " + runArgs + " and " + jar + ")");
        }
        String hello = HelloFx.Main.class.getName();
        String helloClasses = Path.of(HelloFx.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        List<String> runOptions = Files.readAllLines(runArgs).stream().map(StartupBench::unquote).toList();
        Start mvnRun = new Start("mvn -q javafx:run's JVM", List.of("@" + runArgs.toAbsolutePath()));
        Start mvnHello = new Start("hello world, same way", helloLike(runOptions, helloClasses, hello));
        Start jarRun = new Start("java -jar target/roadshow.jar", List.of("-jar", jar.toString()));
        Path jarArchive = TARGET.resolve("roadshow.jsa");
        Start jarCds = new Start("the same with -XX:SharedArchiveFile=target/roadshow.jsa",
                List.of("-XX:SharedArchiveFile=" + jarArchive, "-Xshare:auto", "-jar", jar.toString()));
        Start jarHello = new Start("hello world, same class path",
                List.of("-cp", jar + File.pathSeparator + helloClasses, hello));
        List<Start> all = List.of(mvnHello, mvnRun, jarHello, jarRun, jarCds);
        for (Start s : all) {
            launch(s.command()); // warms the OS file cache
        }
        for (int i = 0; i < rounds; i++) {
            for (Start s : all) {
                s.times().add(launch(s.command()));
            }
        }
        System.out.printf("start-up until the window answers Shortcut+O (medians of %d alternating runs; window shown in brackets)%n", rounds);
        print(mvnRun, mvnHello, 1.2);
        print(jarRun, jarHello, 0);
        print(jarCds, jarHello, 0);
        System.out.printf("  classes mapped from an archive: javafx:run's JVM %s; java -jar with its archive %s%n",
                shared(mvnRun.command()), shared(jarCds.command()));
        System.out.printf("  javafx:run's JVM: java %s%n", String.join(" ", runOptions));
        System.out.printf("  its hello world: java %s%n", String.join(" ", mvnHello.command()));
    }

    /** The hello world started as {@code mvn javafx:run} starts Roadshow, without Roadshow's archive and jar. */
    private static List<String> helloLike(List<String> runOptions, String helloClasses, String hello) {
        List<String> cmd = new ArrayList<>();
        for (int i = 0; i < runOptions.size() - 1; i++) { // the last is the main class
            String option = runOptions.get(i);
            if (option.startsWith("-XX:SharedArchiveFile=")) {
                continue;
            }
            cmd.add(option);
            if (option.equals("-cp")) {
                cmd.add(helloClasses);
                i++;
            }
        }
        cmd.add(hello);
        return cmd;
    }

    private static void print(Start start, Start hello, double goal) {
        long a = start.median(1);
        long h = hello.median(1);
        System.out.printf("  %-58s %5d ms [%4d]  hello world %5d ms [%4d]  ratio %.2f%s%n", start.name(), a,
                start.median(0), h, hello.median(0), (double) a / h, goal > 0 ? String.format(" (goal <= %.2f)", goal) : "");
    }

    /** "N of M": how many of the classes the start loaded came from a shared archive. */
    private static String shared(List<String> command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("-Xlog:class+load=info"));
        cmd.addAll(command);
        List<String> out = new ArrayList<>();
        run(cmd, out::add);
        long loaded = out.stream().filter(l -> l.contains("[class,load]")).count();
        long mapped = out.stream().filter(l -> l.contains("[class,load]") && l.contains("shared objects file")).count();
        return mapped + " of " + loaded;
    }

    /** Milliseconds from launch to the window shown and to Shortcut+O answered. */
    private static long[] launch(List<String> command) throws IOException, InterruptedException {
        long[] marks = {-1, -1};
        long start = System.nanoTime();
        run(command, line -> {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (line.contains(SHOWN_MARK) && marks[0] < 0) {
                marks[0] = ms;
            } else if (line.contains(ANSWERED_MARK) && marks[1] < 0) {
                marks[1] = ms;
            }
        });
        if (marks[1] < 0) {
            throw new IllegalStateException("no answer to Shortcut+O from: java " + String.join(" ", command));
        }
        return marks;
    }

    /** Runs java with the probe on and the settings and log in folders of their own; hands each line it prints on. */
    private static void run(List<String> options, java.util.function.Consumer<String> lines)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Droadshow.startupProbe=true");
        cmd.add("-Djava.util.prefs.userRoot=" + TARGET.resolve("bench-prefs").toAbsolutePath());
        cmd.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
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
