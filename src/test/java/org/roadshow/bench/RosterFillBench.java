package org.roadshow.bench;

import java.util.List;
import org.roadshow.edit.RosterEdits;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Commitments;
import org.roadshow.plan.roster.FillResult;
import org.roadshow.plan.roster.GeneratedTeams;
import org.roadshow.plan.roster.RosterFill;
import org.roadshow.plan.roster.ShiftPlan;

/**
 * Auto-fill of 3 booths x 4 days x 20 people (a generated team with talks, meetings, flights, unavailable
 * windows and daily maximums), each booth filled in turn as the Roster tab does, warm, against the same run's
 * baseline: making the booths' shifts from their opening hours and gathering everyone's commitments, the
 * inputs the fill starts from. Goal (issue 10): under 200 ms.
 */
public final class RosterFillBench {
    private RosterFillBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    public static void run() throws Exception {
        Project project = GeneratedTeams.project(7, 3, 4, 20, 0.6);
        Trip trip = project.trips().get(0);
        List<Booth> booths = trip.items(Booth.class);
        int[] places = new int[2];
        Benchmarks.Medians m = Benchmarks.interleaved(10, 21, () -> {
            Project p = project;
            int filled = 0;
            int empty = 0;
            for (Booth booth : booths) {
                Trip t = p.trip(trip.id()).orElseThrow();
                FillResult r = RosterFill.fill(p, t, booth);
                p = RosterEdits.fill(trip.id(), r.shifts()).apply(p);
                filled += r.shifts().stream().mapToInt(s -> s.people().size()).sum();
                empty += r.unfilled().stream().mapToInt(u -> u.missing()).sum();
            }
            places[0] = filled;
            places[1] = empty;
        }, () -> {
            for (Booth booth : booths) {
                ShiftPlan.generate(booth, trip.items(org.roadshow.model.Shift.class));
                Commitments.ownByPerson(trip);
                Commitments.starredByPerson(trip);
            }
        });
        System.out.printf("roster fill of 3 booths x 4 days x 20 people (%d shifts, %d places filled, %d left "
                        + "empty): median %.1f ms (goal under 200 ms); shifts and commitments %.1f ms; "
                        + "ratio %.2fx (paired median, %d runs)%n",
                trip.items(org.roadshow.model.Shift.class).size(), places[0], places[1], m.figure(), m.baseline(),
                m.pairedRatio(), m.runs());
    }
}
