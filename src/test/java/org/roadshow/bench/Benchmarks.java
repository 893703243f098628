package org.roadshow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmarks: {@code mvn -B -Pbench verify -DskipTests} runs those named by {@code -Dbench.names}
 * (comma-separated; "all" for every one, start-up included where a window can be shown). Each benchmark
 * prints its figures next to a baseline measured in the same run, because absolute times on shared
 * machines drift. Figures are medians of runs alternated with the baseline's; a ratio is the median of
 * the ratios of each run to the baseline run beside it, which a busy machine disturbs far less than the
 * ratio of the two medians (printed too). {@code -Dbench.debug=true} prints every run. A new benchmark is
 * one line in {@link #ALL}.
 */
public final class Benchmarks {
    /** A benchmark prints its own lines: its figure and its baseline's. */
    @FunctionalInterface
    public interface Benchmark {
        void run() throws Exception;
    }

    static final Map<String, Benchmark> ALL = new LinkedHashMap<>();

    static {
        ALL.put("project-file", ProjectFileBench::run);
        ALL.put("ics-export", () -> IcsExportBench.run(61));
        ALL.put("programme-import", () -> ProgrammeImportBench.run(61));
        ALL.put("programme-url", () -> ProgrammeUrlBench.run(31));
        ALL.put("programme-search", ProgrammeSearchBench::run);
        ALL.put("conflicts", ConflictsBench::run);
        ALL.put("roster-fill", RosterFillBench::run);
        ALL.put("roster-timefold", RosterTimefoldBench::run); // Timefold Solver against RosterFill, test scope
        ALL.put("timeline", TimelineBench::run); // JavaFX on Monocle's headless screen
        ALL.put("calendar-week", () -> CalendarWeekBench.run(31));
        ALL.put("roster-pdf", RosterPdfBench::run);
        ALL.put("checklist-tick", ChecklistTickBench::run);
        ALL.put("startup", () -> StartupBench.run(11)); // needs a display (xvfb-run -a)
    }

    private Benchmarks() {
    }

    /**
     * Runs the named benchmarks, then ends the VM: once a JavaFX benchmark has started the toolkit its threads
     * would keep the VM running after the last line is printed. Exits 1 when a benchmark fails.
     */
    public static void main(String[] args) {
        try {
            runAll(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void runAll(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        for (String arg : args) {
            for (String name : arg.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        if (names.isEmpty() || names.contains("all")) {
            names = new ArrayList<>(ALL.keySet());
            if (!canShowWindow()) {
                names.remove("startup");
                System.out.println("(startup left out: no DISPLAY; run under xvfb-run -a)");
            }
        }
        Runtime vm = Runtime.getRuntime();
        System.out.printf("(heap %d MB of at most %d MB, collected before each timed pair; %d processors)%n",
                vm.totalMemory() >> 20, vm.maxMemory() >> 20, vm.availableProcessors());
        for (String name : names) {
            Benchmark benchmark = ALL.get(name);
            if (benchmark == null) {
                throw new IllegalArgumentException("no benchmark '" + name + "'; there are " + ALL.keySet());
            }
            System.out.println("== " + name);
            benchmark.run();
        }
    }

    /**
     * The start-up benchmark shows real windows on the display: JavaFX on the module path, as mvn javafx:run
     * starts it, cannot take Monocle's headless platform from the class path.
     */
    static boolean canShowWindow() {
        return System.getenv("DISPLAY") != null;
    }

    /**
     * Runs {@code task} {@code warmups} times, then {@code runs} times (the heap collected before each), and
     * returns the median in ms.
     */
    public static double medianMillis(int warmups, int runs, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long start = System.nanoTime();
            task.run();
            times[i] = System.nanoTime() - start;
        }
        return median(times) / 1e6;
    }

    /**
     * Medians in ms of a figure and its baseline measured alternately in one run, and the median of the
     * ratios of each figure run to the baseline run beside it: the two ran a moment apart, under the same
     * load, so their ratio is what drift on a shared machine leaves alone best.
     */
    public record Medians(double figure, double baseline, double pairedRatio, int runs, Cpu cpu) {
        public double ratio() {
            return figure / baseline;
        }
    }

    /**
     * The same runs in CPU time of the thread that ran them (medians in ms, and the paired ratio): on a machine
     * shared with busy neighbours the wall-clock figures include the time spent waiting for a core, which a
     * longer task meets more often; the CPU time is what the work itself costs.
     */
    public record Cpu(double figure, double baseline, double pairedRatio) {
        @Override
        public String toString() {
            return String.format("CPU time %.1f ms against %.1f ms, ratio %.2fx", figure, baseline, pairedRatio);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the current thread in ns, or wall time where the platform cannot tell. */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /**
     * Runs figure and baseline alternately (A B A B ...), {@code warmups} times each, then {@code runs} times
     * each, timing every run: drift and noise on a shared machine hit both alike. Returns both medians.
     * Before each timed pair the heap is collected (as JMH does between iterations), so that a collection
     * of garbage left by earlier runs does not land at random in one side's time.
     */
    public static Medians interleaved(int warmups, int runs, Task figure, Task baseline) throws Exception {
        for (int i = 0; i < warmups; i++) {
            figure.run();
            baseline.run();
        }
        long[] a = new long[runs];
        long[] b = new long[runs];
        long[] ca = new long[runs];
        long[] cb = new long[runs];
        for (int i = 0; i < runs; i++) {
            // swap who goes first every round, so neither always runs on the other's garbage
            boolean figureFirst = i % 2 == 0;
            System.gc();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            (figureFirst ? figure : baseline).run();
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            (figureFirst ? baseline : figure).run();
            long t2 = System.nanoTime();
            long c2 = cpuNanos();
            a[i] = figureFirst ? t1 - t0 : t2 - t1;
            b[i] = figureFirst ? t2 - t1 : t1 - t0;
            ca[i] = figureFirst ? c1 - c0 : c2 - c1;
            cb[i] = figureFirst ? c2 - c1 : c1 - c0;
        }
        if (Boolean.getBoolean("bench.debug")) {
            System.out.println("  figure   " + Arrays.toString(Arrays.stream(a).map(t -> t / 100_000).sorted().toArray()));
            System.out.println("  baseline " + Arrays.toString(Arrays.stream(b).map(t -> t / 100_000).sorted().toArray()));
        }
        Cpu cpu = new Cpu(median(ca) / 1e6, median(cb) / 1e6, pairedRatio(ca, cb));
        return new Medians(median(a) / 1e6, median(b) / 1e6, pairedRatio(a, b), runs, cpu);
    }

    /** The median of the ratios of each figure run to the baseline run beside it. */
    static double pairedRatio(long[] figure, long[] baseline) {
        double[] ratios = new double[figure.length];
        for (int i = 0; i < figure.length; i++) {
            ratios[i] = (double) figure[i] / Math.max(1, baseline[i]);
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }
}
