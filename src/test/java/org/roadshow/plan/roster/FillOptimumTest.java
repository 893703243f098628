package org.roadshow.plan.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.Commitments;

/**
 * The fill against the exact optimum, found by trying every roster of small generated cases (one day, 3-5
 * people, 4-5 shifts, up to 2 a shift) under the same hard rules (busy times, no two overlapping shifts,
 * daily maximums, pinned kept). Ranked as a booth lead would: places filled up to the minimum, then places
 * filled in all, then the spread of hours (most minus least). Prints the gap.
 */
class FillOptimumTest {
    record Score(int toMinimum, int filled, int spread) {
    }

    @Test
    void theFillIsAsGoodAsTheOptimumOnSmallCases() {
        int cases = 0;
        int sameCoverage = 0;
        int filledGap = 0;
        int spreadGap = 0;
        int worstSpreadGap = 0;
        for (long seed = 100; seed < 160; seed++) {
            Project project = smallCase(seed);
            Trip trip = project.trips().get(0);
            Booth booth = trip.items(Booth.class).get(0);
            List<Shift> shifts = RosterFill.boothShifts(trip, booth);
            FillResult fill = RosterFill.fill(project, trip, booth);
            Score got = score(fill.shifts(), trip.people(), booth);
            Score best = optimum(trip, booth, shifts);
            cases++;
            assertTrue(got.toMinimum() <= best.toMinimum() && got.filled() <= best.filled(), "beyond the optimum?");
            if (got.toMinimum() == best.toMinimum()) {
                sameCoverage++;
            }
            filledGap += best.filled() - got.filled();
            spreadGap += got.spread() - best.spread();
            worstSpreadGap = Math.max(worstSpreadGap, got.spread() - best.spread());
        }
        System.out.printf("fill against the optimum on %d cases: places up to the minimum equal in %d; "
                + "places filled %d fewer in all; spread of hours %d min wider in all (worst case %d min)%n",
                cases, sameCoverage, filledGap, spreadGap, worstSpreadGap);
        assertEquals(cases, sameCoverage, "every place the optimum fills up to the minimum, the fill fills");
        assertTrue(worstSpreadGap <= 180, "spread within a shift of the optimum's: " + worstSpreadGap);
    }

    /** One small case: one day, 3-5 people, one booth of up to 2 a shift. */
    static Project smallCase(long seed) {
        Project project = GeneratedTeams.project(seed, 1, 1, 3 + (int) (seed % 3), 0.7);
        Trip trip = project.trips().get(0);
        return project.withTrip(trip.withItem(trip.items(Booth.class).get(0).withMaxStaff(2)));
    }

    static Score score(List<Shift> shifts, List<UUID> team, Booth booth) {
        int toMin = 0;
        int filled = 0;
        Map<UUID, Integer> load = new HashMap<>();
        team.forEach(p -> load.put(p, 0));
        for (Shift s : shifts) {
            toMin += Math.min(s.people().size(), booth.minStaff());
            filled += s.people().size();
            s.people().forEach(p -> load.merge(p, RosterFill.minutes(s), Integer::sum));
        }
        int max = load.values().stream().max(Integer::compare).orElse(0);
        int min = load.values().stream().min(Integer::compare).orElse(0);
        return new Score(toMin, filled, max - min);
    }

    static Score optimum(Trip trip, Booth booth, List<Shift> shifts) {
        Map<UUID, List<org.roadshow.plan.Commitment>> own = Commitments.ownByPerson(trip);
        Map<UUID, List<org.roadshow.plan.Commitment>> starred = Commitments.starredByPerson(trip);
        List<UUID> team = trip.people();
        List<List<List<UUID>>> options = new ArrayList<>();
        for (Shift s : shifts) {
            List<UUID> free = new ArrayList<>();
            for (UUID p : team) {
                PersonTime t = PersonTime.of(p, trip, booth, own.getOrDefault(p, List.of()), starred.getOrDefault(p, List.of()));
                if (t.blocked(s) == null && !s.isPinned(p)) {
                    free.add(p);
                }
            }
            List<List<UUID>> mine = new ArrayList<>();
            List<UUID> pins = s.people().stream().filter(s::isPinned).toList();
            for (int mask = 0; mask < 1 << free.size(); mask++) {
                List<UUID> people = new ArrayList<>(pins);
                for (int i = 0; i < free.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        people.add(free.get(i));
                    }
                }
                if (people.size() <= Math.max(booth.maxStaff(), pins.size())) {
                    mine.add(people);
                }
            }
            options.add(mine);
        }
        Score[] best = {null};
        search(trip, booth, shifts, options, 0, new ArrayList<>(), best);
        return best[0];
    }

    private static void search(Trip trip, Booth booth, List<Shift> shifts, List<List<List<UUID>>> options, int i,
                               List<Shift> chosen, Score[] best) {
        if (i == shifts.size()) {
            Score s = score(chosen, trip.people(), booth);
            if (best[0] == null || better(s, best[0])) {
                best[0] = s;
            }
            return;
        }
        Shift shift = shifts.get(i);
        for (List<UUID> people : options.get(i)) {
            Shift with = shift.withPeople(people);
            if (allowed(trip, chosen, with)) {
                chosen.add(with);
                search(trip, booth, shifts, options, i + 1, chosen, best);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private static boolean allowed(Trip trip, List<Shift> chosen, Shift with) {
        for (UUID p : with.people()) {
            if (with.isPinned(p)) {
                continue;
            }
            int minutes = RosterFill.minutes(with);
            for (Shift c : chosen) {
                if (c.people().contains(p)) {
                    if (c.overlaps(with)) {
                        return false;
                    }
                    minutes += RosterFill.minutes(c);
                }
            }
            int max = trip.availabilityOf(p).maxMinutesPerDay();
            if (max > 0 && minutes > max) {
                return false;
            }
        }
        return true;
    }

    private static boolean better(Score a, Score b) {
        if (a.toMinimum() != b.toMinimum()) {
            return a.toMinimum() > b.toMinimum();
        }
        if (a.filled() != b.filled()) {
            return a.filled() > b.filled();
        }
        return a.spread() < b.spread();
    }
}
