package org.roadshow.plan.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.roadshow.edit.RosterEdits;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;

/** A smoke test of the Timefold model the roster-timefold benchmark measures: it fills and breaks no rule. */
class TimefoldFillTest {
    @Test
    void timefoldFillsASmallBoothWithoutConflictsAndTheSameTwice() {
        Project project = GeneratedTeams.project(11, 1, 1, 5, 0.6);
        Trip trip = project.trips().get(0);
        Booth booth = trip.items(Booth.class).get(0);
        FillResult result = new TimefoldFill(42, 100).fill(project, trip, booth);
        assertEquals(result, new TimefoldFill(42, 100).fill(project, trip, booth), "the same result twice");
        Project after = RosterEdits.fill(trip.id(), result.shifts()).apply(project);
        RosterSolverComparison.Quality q = RosterSolverComparison.quality(project, after);
        assertEquals(0, q.conflictsCreated(), "conflicts created");
        assertEquals(0, q.overDailyMaximum(), "daily maximums broken");
        RosterSolverComparison.Quality ours = RosterSolverComparison.quality(project,
                RosterSolverComparison.fillAll(project, RosterSolverComparison.OURS));
        assertEquals(ours.shortOfMinimum(), q.shortOfMinimum(), "places short of the minimum, as RosterFill's");
    }
}
