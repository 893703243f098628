package org.roadshow.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from launching a JVM to its first shown window: Roadshow with the sample project against a JavaFX
 * hello world started the same way (same JVM, class path and flags), alternated, in the same run.
 * Roadshow prints the mark once its window is showing with the sample's trips in the sidebar and a pulse
 * has laid that out and rendered it ({@code org.roadshow.app.StartupProbe}); the hello world prints it
 * when its window is shown. Uses the real display when DISPLAY is set (run under xvfb-run), else
 * Monocle's headless platform.
 */
public final class StartupBench {
    /** Printed by both programs when their first window is shown. */
    public static final String SHOWN_MARK = "ROADSHOW-BENCH-WINDOW-SHOWN";

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 7);
    }

    public static void run(int rounds) throws Exception {
        List<Long> roadshow = new ArrayList<>();
        List<Long> hello = new ArrayList<>();
        launch("org.roadshow.app.Launcher"); // warm the OS file cache for both
        launch(HelloFx.Main.class.getName());
        for (int i = 0; i < rounds; i++) {
            hello.add(launch(HelloFx.Main.class.getName()));
            roadshow.add(launch("org.roadshow.app.Launcher"));
        }
        long r = median(roadshow);
        long h = median(hello);
        System.out.printf("start-up to first window: Roadshow %d ms (JavaFX hello world: %d ms, ratio %.2f, goal <= 1.20)%n",
                r, h, (double) r / h);
        System.out.printf("  medians of %d runs each; Roadshow %d-%d ms, hello world %d-%d ms%n", rounds,
                Collections.min(roadshow), Collections.max(roadshow), Collections.min(hello), Collections.max(hello));
    }

    private static long launch(String mainClass) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Droadshow.startupProbe=true");
        if (System.getenv("DISPLAY") == null) {
            cmd.add("-Dglass.platform=Monocle");
            cmd.add("-Dmonocle.platform=Headless");
            cmd.add("-Dprism.order=sw");
        }
        cmd.add(mainClass);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(SHOWN_MARK)) {
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    p.destroy();
                    p.waitFor(10, TimeUnit.SECONDS);
                    return ms;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IllegalStateException(mainClass + " exited without showing a window (exit " + p.waitFor() + ")");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
