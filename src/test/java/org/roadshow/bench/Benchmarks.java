package org.roadshow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the benchmarks: {@code mvn -B -Pbench verify -DskipTests} runs those named by {@code -Dbench.names}
 * (comma-separated, "all" for every one; default "project-file,ics-export"). Each benchmark prints its figures next to
 * a baseline measured in the same run, because absolute times on shared machines drift. A new benchmark is
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
        ALL.put("ics-export", () -> IcsExportBench.run(31));
        ALL.put("startup", () -> StartupBench.run(7)); // needs the window to print StartupBench.SHOWN_MARK
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
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
        }
        for (String name : names) {
            Benchmark benchmark = ALL.get(name);
            if (benchmark == null) {
                throw new IllegalArgumentException("no benchmark '" + name + "'; there are " + ALL.keySet());
            }
            System.out.println("== " + name);
            benchmark.run();
        }
    }

    /** Runs {@code task} {@code warmups} times, then {@code runs} times, and returns the median in ms. */
    public static double medianMillis(int warmups, int runs, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }
}
