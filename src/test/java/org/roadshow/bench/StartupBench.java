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
 * Time from launching a JVM to its first shown window: Roadshow with the sample project against a JavaFX
 * hello world started the same way (same JVM, class path and flags), alternated, in the same run.
 * Both print the mark once their window shows its content and a pulse has laid it out for the renderer:
 * for Roadshow, the sample's trips in the sidebar of its first frame ({@code org.roadshow.app.StartupProbe},
 * {@code org.roadshow.ui.FirstFrame}). Roadshow then prints a second mark when its real window, with
 * menus, tree and tabs, has replaced the first frame; that time is reported beside the first. Uses the real display when DISPLAY is set (run under xvfb-run), else
 * Monocle's headless platform.
 */
public final class StartupBench {
    /** Printed by both programmes when their first window is shown. */
    public static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";
    /** Printed by Roadshow when its real window (menus, tree, tabs) has replaced the first frame. */
    public static final String READY_MARK = "ROADSHOW-BENCH-WINDOW-READY";

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 7);
    }

    public static void run(int rounds) throws Exception {
        List<Long> roadshow = new ArrayList<>();
        List<Long> ready = new ArrayList<>();
        List<Long> hello = new ArrayList<>();
        launch("org.roadshow.app.Launcher"); // warm the OS file cache for both
        launch(HelloFx.Main.class.getName());
        for (int i = 0; i < rounds; i++) {
            hello.add(launch(HelloFx.Main.class.getName())[0]);
            long[] times = launch("org.roadshow.app.Launcher");
            roadshow.add(times[0]);
            ready.add(times[1]);
        }
        long r = median(roadshow);
        long h = median(hello);
        long w = median(ready);
        System.out.printf("start-up to first window: Roadshow %d ms (JavaFX hello world: %d ms, ratio %.2f, goal <= 1.20)%n",
                r, h, (double) r / h);
        System.out.printf("  window ready (menus, tree and tabs in place): %d ms, ratio %.2f%n", w, (double) w / h);
        System.out.printf("  both started as java -cp %s MAIN%n", classPath());
        System.out.printf("  medians of %d runs each; Roadshow %d-%d ms, ready %d-%d ms, hello world %d-%d ms%n", rounds,
                Collections.min(roadshow), Collections.max(roadshow), Collections.min(ready), Collections.max(ready),
                Collections.min(hello), Collections.max(hello));
    }

    /** Milliseconds from launch to the first window and to the ready window (the same for the hello world). */
    private static long[] launch(String mainClass) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add("-Droadshow.startupProbe=true");
        if (System.getenv("DISPLAY") == null) {
            cmd.add("-Dglass.platform=Monocle");
            cmd.add("-Dmonocle.platform=Headless");
            cmd.add("-Dprism.order=sw");
        }
        cmd.add(mainClass);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long shown = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (line.contains(SHOWN_MARK)) {
                    shown = ms;
                }
                if (shown >= 0 && (line.contains(READY_MARK) || mainClass.equals(HelloFx.Main.class.getName()))) {
                    p.destroy();
                    p.waitFor(10, TimeUnit.SECONDS);
                    return new long[] {shown, ms};
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IllegalStateException(mainClass + " exited without showing a window (exit " + p.waitFor() + ")");
    }

    /**
     * The app's own class path, as {@code java -jar target/roadshow.jar} has it (the jar, whose manifest names
     * its libraries), plus the hello world's classes at the end; the same for both programmes. Without a
     * packaged jar: this JVM's class path.
     */
    static String classPath() throws IOException {
        Path jar = Path.of("target", "roadshow.jar");
        if (!Files.isRegularFile(jar)) {
            return System.getProperty("java.class.path");
        }
        try {
            Path hello = Path.of(HelloFx.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar + File.pathSeparator + hello;
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
