package org.roadshow.bench;

import org.roadshow.model.Project;
import org.roadshow.plan.roster.GeneratedTeams;
import org.roadshow.plan.roster.RosterSolverComparison;
import org.roadshow.plan.roster.RosterSolverComparison.Filler;
import org.roadshow.plan.roster.TimefoldFill;

/**
 * Our auto-fill (plan/roster/RosterFill) against Timefold Solver 1.28 on the same cases: RosterFillBench's
 * 3 booths x 4 days x 20 people and FillOptimumTest's 60 small cases against their exhaustive optimum. For
 * each: places filled, short of the minimum, spread of hours, conflicts and broken daily maximums created,
 * long stretches, the same result twice, warm time (RosterFill is the baseline of the same run). Timefold runs
 * with a fixed seed and a fixed number of local-search steps; two step limits show what time buys. Slow (minutes): not in the default list.
 */
public final class RosterTimefoldBench {
    private static final long SEED = 42;
    private static final int[] STEPS = {1_000, 5_000};
    /** On the small cases (up to 10 places) more steps change nothing measurable. */
    private static final int SMALL_STEPS = 200;

    private RosterTimefoldBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    public static void run() throws Exception {
        Project project = GeneratedTeams.project(7, 3, 4, 20, 0.6);
        System.out.println("3 booths x 4 days x 20 people, booths filled in turn:");
        System.out.println("  solver             filled short spread(h) conflicts overMax longStretch same-twice   warm ms (RosterFill ms, ratio)");
        Filler ours = RosterSolverComparison.OURS;
        line("RosterFill", project, ours, ours, null);
        for (int steps : STEPS) {
            Filler timefold = new TimefoldFill(SEED, steps)::fill;
            Filler again = new TimefoldFill(SEED, steps)::fill;
            Benchmarks.Medians m = Benchmarks.interleaved(1, 3, () -> RosterSolverComparison.fillAll(project, timefold),
                    () -> RosterSolverComparison.fillAll(project, ours));
            line("Timefold " + steps + " steps", project, timefold, again, m);
        }
        System.out.println("60 small cases (1 day, 3-5 people) against the exhaustive optimum:");
        print("RosterFill", RosterSolverComparison.againstOptimum(ours));
        print("Timefold " + SMALL_STEPS + " steps",
                RosterSolverComparison.againstOptimum(new TimefoldFill(SEED, SMALL_STEPS)::fill));
    }

    private static void line(String name, Project project, Filler filler, Filler again, Benchmarks.Medians m) {
        Project after = RosterSolverComparison.fillAll(project, filler);
        boolean same = after.equals(RosterSolverComparison.fillAll(project, again));
        RosterSolverComparison.Quality q = RosterSolverComparison.quality(project, after);
        String time = m == null ? "(baseline)" : String.format("%.1f (%.1f, %.0fx)", m.figure(), m.baseline(), m.pairedRatio());
        System.out.printf("  %-18s %6d %5d %9.1f %9d %7d %11d %10s   %s%n", name, q.filled(), q.shortOfMinimum(),
                q.spreadMinutes() / 60.0, q.conflictsCreated(), q.overDailyMaximum(), q.longStretches(), same, time);
    }

    private static void print(String name, RosterSolverComparison.Gap g) {
        System.out.printf("  %-18s below optimum up to the minimum in %d of %d; %d places fewer in all; "
                + "spread %d min wider in all (worst %d min)%n", name, g.belowOptimumToMinimum(), g.cases(),
                g.fewerPlaces(), g.widerSpreadMinutes(), g.worstSpreadMinutes());
    }
}
