package org.roadshow.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.roadshow.model.Project;
import org.roadshow.model.Timed;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflicts;

/**
 * The conflict check over a project of 10,000 timed items (100 trips of {@link BigProject}, dense with
 * overlaps), warm, against a plain sort of the same items' intervals in the same run: the sweep's floor.
 * Goals (issue 9): under 100 ms and at most 3x the sort.
 */
public final class ConflictsBench {
    private record Interval(Instant start, Instant end) {
    }

    private static final Comparator<Interval> BY_START = Comparator.comparing(Interval::start);
    /**
     * Warm-up pairs before the timed ones. The check is a few dozen methods against the baseline's handful, and on
     * a machine shared with busy neighbours the JIT's optimising compiler finished them only after some 60 pairs
     * (seen with -XX:+PrintCompilation): with fewer, the figure timed half-compiled code, not the warm check.
     */
    private static final int WARMUPS = 80;

    private ConflictsBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    public static void run() throws Exception {
        Project project = BigProject.build(100);
        int[] found = new int[1];
        Benchmarks.Medians m = Benchmarks.interleaved(WARMUPS, 31, () -> {
            int n = 0;
            for (Trip trip : project.trips()) {
                n += Conflicts.forTrip(project, trip).size();
            }
            found[0] = n;
        }, () -> {
            for (Trip trip : project.trips()) {
                List<Interval> intervals = new ArrayList<>();
                trip.timed().forEach((Timed t) -> intervals.add(new Interval(t.start().instant(), t.end().instant())));
                intervals.sort(BY_START);
            }
        });
        long items = project.trips().stream().mapToLong(t -> t.timed().count()).sum();
        System.out.printf("conflicts of %d timed items (%d conflicts found): median %.1f ms; plain sort of the "
                        + "same intervals %.1f ms; ratio %.2fx (paired median, %d runs); %s%n",
                items, found[0], m.figure(), m.baseline(), m.pairedRatio(), m.runs(), m.cpu());
    }
}
